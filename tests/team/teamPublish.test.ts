import { mkdtempSync, rmSync, writeFileSync } from 'node:fs'
import { tmpdir } from 'node:os'
import { join } from 'node:path'
import { afterAll, beforeAll, describe, expect, it } from 'vitest'
import { createServices, type Services } from '../../src/main/createServices'
import { TeamChannel } from '../../src/main/ipc/channels/TeamChannel'
import { MemorySecretStore } from '../../src/main/secrets/SecretStore'
import { JsonFileSettingsStore } from '../../src/main/settings/JsonFileSettingsStore'
import type { PublishJob } from '../../src/shared/publish/Publish'
import type { SiteProfile } from '../../src/shared/sites/SiteProfile'
import { startTeamServerProcess, type TeamServerProcess } from '../peers/startTeamServerProcess'
import { inviteAs, redeemInvite } from '../peers/teamClient'
import { startWebhookReceiver, type WebhookReceiver } from '../peers/startWebhookReceiver'
import { freePort } from '../peers/wordpress'

const SECRET = 'whsec-team-publish-secret'
const SITE = 'harbour-news'

let dataDir: string
let server: TeamServerProcess
let admin: string
let receiver: WebhookReceiver
const members: Services[] = []
const folders: string[] = []

/** One member's app: its own library, the team site with its own secret, joined as `role`. */
async function member(name: string, role: string): Promise<Services> {
  const dir = mkdtempSync(join(tmpdir(), `copydesk-${name}-`))
  folders.push(dir)
  const site: SiteProfile = {
    id: SITE,
    name: 'Harbour News',
    url: 'https://site.example.com/',
    categories: [],
    navigation: [],
    theme: { kind: 'builtin', id: 'newsroom' },
    target: {
      kind: 'webhook',
      url: receiver.url,
      signatureHeader: 'X-Copydesk-Signature',
      images: 'inline',
      imageBaseUrl: '',
    },
  }
  writeFileSync(join(dir, 'settings.json'), JSON.stringify({ sites: [site], userName: name }))
  const services = await createServices({
    libraryPath: join(dir, 'Library'),
    settings: new JsonFileSettingsStore(join(dir, 'settings.json')),
    dataPath: join(dir, 'AppData'),
    secrets: new MemorySecretStore(),
    appInfo: { version: '0.1.0', platform: process.platform, runtime: 'browser' },
  })
  members.push(services)
  await services.secrets.set(`site:${SITE}:hmacSecret`, SECRET)
  const invite = await inviteAs(server.httpUrl, admin, role)
  await services.team().connect({ address: server.url, invite, name })
  return services
}

async function eventually(check: () => Promise<boolean>, timeoutMs = 30_000): Promise<void> {
  const deadline = Date.now() + timeoutMs
  while (!(await check().catch(() => false))) {
    if (Date.now() > deadline) throw new Error('timed out')
    await new Promise((resolve) => setTimeout(resolve, 100))
  }
}

/** The job once it stopped running (done, failed…). */
async function settled(services: Services, jobId: string): Promise<PublishJob> {
  let job: PublishJob | undefined
  await eventually(async () => {
    job = (await services.publish.jobs()).find((j) => j.id === jobId)
    return job !== undefined && job.state !== 'running' && job.state !== 'waiting'
  })
  return job as PublishJob
}

/** What the app does every few seconds while joined: fetch new and changed team articles. */
async function fetchTeamArticles(services: Services): Promise<void> {
  await new TeamChannel(services).fetchArticles()
}

let ada: Services
let ben: Services
let cy: Services
let articleId: string

beforeAll(async () => {
  dataDir = mkdtempSync(join(tmpdir(), 'copydesk-team-publish-'))
  server = await startTeamServerProcess(await freePort(), { COPYDESK_SERVER_DATA: dataDir })
  admin = await redeemInvite(server.httpUrl, server.firstInvite ?? '', 'Admin')
  receiver = await startWebhookReceiver({ secret: SECRET })
  ada = await member('Ada', 'publisher')
  ben = await member('Ben', 'publisher')
  cy = await member('Cy', 'writer')

  const created = await ada.library.create({ title: 'Harbour reopens' })
  articleId = created.meta.id
  await ada.library.save(
    {
      id: articleId,
      meta: { siteId: SITE },
      doc: {
        type: 'doc',
        content: [{ type: 'paragraph', content: [{ type: 'text', text: 'Ships return.' }] }],
      },
    },
    'Ada',
  )
  await new TeamChannel(ada).moveIn({ id: articleId })
  // The move reaches the server on its own; the server lists the article once it has it.
  await eventually(async () => {
    const response = await fetch(`${server.httpUrl}/api/articles`, {
      headers: { Authorization: `Bearer ${admin}` },
    })
    const { articles } = (await response.json()) as { articles: { id: string }[] }
    return articles.some((entry) => entry.id === articleId)
  })
  for (const services of [ben, cy]) {
    await eventually(async () => {
      await fetchTeamArticles(services)
      return services.team().isTeamArticle(articleId)
    })
  }
}, 120_000)

afterAll(async () => {
  for (const services of members) await services.close().catch(() => undefined)
  await receiver?.stop()
  await server?.stop()
  rmSync(dataDir, { recursive: true, force: true })
  for (const dir of folders) rmSync(dir, { recursive: true, force: true })
})

describe('publishing a team article', () => {
  it('refuses a writer, in words, before anything is sent', async () => {
    await expect(cy.publish.publish(articleId, SITE)).rejects.toThrow(
      /Only the team’s publishers and admins can publish team articles; you joined as writer/,
    )
    expect(receiver.deliveries).toHaveLength(0)
  })

  it('says who holds the publish lock and sends nothing meanwhile', async () => {
    const adaToken = (await ada.secrets.get('team.token')) ?? ''
    const lock = `${server.httpUrl}/api/articles/${articleId}/publish-lock`
    const auth = { Authorization: `Bearer ${adaToken}` }
    expect((await fetch(lock, { method: 'POST', headers: auth })).status).toBe(200)
    try {
      const job = await settled(ben, (await ben.publish.publish(articleId, SITE)).id)
      expect(job.state).toBe('failed')
      expect(job.message).toMatch(/Ada is publishing this article right now/)
      expect(receiver.deliveries).toHaveLength(0)
    } finally {
      await fetch(lock, { method: 'DELETE', headers: auth })
    }
  })

  it('two publishers at once make one post, and every member sees it published', async () => {
    const [first, second] = await Promise.all([
      ada.publish.publish(articleId, SITE),
      ben.publish.publish(articleId, SITE),
    ])
    const jobs = [await settled(ada, first.id), await settled(ben, second.id)]
    // Whoever came second either waited for the lock or updated the post the first one made.
    for (const job of jobs) {
      if (job.state !== 'done') expect(job.message).toMatch(/is publishing this article right now/)
    }
    expect(jobs.some((job) => job.state === 'done')).toBe(true)
    const retry = jobs.find((job) => job.state !== 'done')
    if (retry) {
      const owner = retry.id === first.id ? ada : ben
      expect((await settled(owner, (await owner.publish.retry(retry.id)).id)).state).toBe('done')
    }
    expect(receiver.posts.size).toBe(1)
    const [postId] = [...receiver.posts.keys()]

    for (const services of [ada, ben, cy]) {
      // In the list too: the catalog the library shows is refreshed with the fetched article.
      await eventually(async () => {
        await fetchTeamArticles(services)
        const row = services.library.list({ place: 'team', limit: 10 }).items[0]
        return row?.status === 'published'
      })
      const article = await services.library.get(articleId)
      expect(article.publications?.[SITE]?.url).toBe(`https://site.example.com/posts/${postId}`)
      expect(article.history.at(-1)).toMatchObject({ to: 'published' })
    }
  })
})
