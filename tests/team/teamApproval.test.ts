import { mkdtempSync, readFileSync, rmSync } from 'node:fs'
import { tmpdir } from 'node:os'
import { join } from 'node:path'
import { afterAll, beforeAll, describe, expect, it } from 'vitest'
import * as Y from 'yjs'
import { ArticleFileSchema, type ArticleFile } from '../../src/shared/article/Article'
import type { SiteProfile } from '../../src/shared/sites/SiteProfile'
import { ARTICLE_DOC_ROOTS } from '../../src/shared/team/ArticleDocRoot'
import { decodeBase64, encodeBase64 } from '../../src/shared/team/base64'
import { LibraryPaths } from '../../src/main/library/LibraryPaths'
import { newArticleFile } from '../../src/main/library/newArticleFile'
import { summarizeArticle } from '../../src/main/library/summarizeArticle'
import { commonChecks } from '../../src/main/publish/commonChecks'
import { MemorySecretStore } from '../../src/main/secrets/SecretStore'
import { LiveTeamArticles } from '../../src/main/team/LiveTeamArticles'
import { TeamService } from '../../src/main/team/TeamService'
import { startTeamServerProcess, type TeamServerProcess } from '../peers/startTeamServerProcess'
import { inviteAs, redeemInvite, until } from '../peers/teamClient'
import { freePort } from '../peers/wordpress'

const ID = 'harbour-piece'

/** A site that publishes approved articles only. */
const GATED: SiteProfile = {
  id: 'news-site',
  name: 'Acme News',
  url: 'https://news.example.com/',
  categories: [],
  navigation: [],
  theme: { kind: 'builtin', id: 'newsroom' },
  requireApproval: true,
  target: {
    kind: 'webhook',
    url: 'https://hooks.example.com/',
    signatureHeader: 'X-Copydesk-Signature',
    images: 'inline',
    imageBaseUrl: '',
  },
}

interface Member {
  dir: string
  team: TeamService
  live: LiveTeamArticles
  onDisk(): ArticleFile
}

let dataDir: string
let server: TeamServerProcess
let admin: string
const members: Member[] = []

async function member(name: string, role: string): Promise<Member> {
  const dir = mkdtempSync(join(tmpdir(), 'copydesk-library-'))
  const paths = new LibraryPaths(dir)
  const team = new TeamService({ paths, secrets: new MemorySecretStore() })
  const invite = await inviteAs(server.httpUrl, admin, role)
  await team.connect({ address: server.url, invite, name })
  const onDisk = () =>
    ArticleFileSchema.parse(JSON.parse(readFileSync(paths.articleFile(ID), 'utf8')))
  const joined = { dir, team, live: new LiveTeamArticles(() => team), onDisk }
  members.push(joined)
  return joined
}

/** Types a paragraph in the window's editor, which sends it to main as the window does. */
async function typeParagraph(writer: Member, text: string): Promise<void> {
  const replica = new Y.Doc()
  Y.applyUpdate(replica, decodeBase64((await writer.live.openArticle(ID)).state))
  let update: Uint8Array | null = null
  replica.on('update', (bytes: Uint8Array) => (update = bytes))
  const paragraph = new Y.XmlElement('paragraph')
  paragraph.insert(0, [new Y.XmlText(text)])
  replica.getXmlFragment(ARTICLE_DOC_ROOTS.body).push([paragraph])
  await writer.live.push(ID, encodeBase64(update ?? new Uint8Array()), undefined)
  await writer.live.close(ID)
}

function gateOf(file: ArticleFile): string[] {
  const { meta, doc, history, approval } = file
  const article = { meta, doc, history, approval, version: 0 }
  return commonChecks(article, GATED, new Date())
    .filter((check) => check.code === 'needs-approval')
    .map((check) => check.message)
}

beforeAll(async () => {
  dataDir = mkdtempSync(join(tmpdir(), 'copydesk-team-'))
  server = await startTeamServerProcess(await freePort(), { COPYDESK_SERVER_DATA: dataDir })
  admin = await redeemInvite(server.httpUrl, server.firstInvite ?? '', 'Admin')
})

afterAll(async () => {
  for (const { live, team, dir } of members) {
    await live.closeAll()
    await team.close()
    rmSync(dir, { recursive: true, force: true })
  }
  await server?.stop()
  rmSync(dataDir, { recursive: true, force: true })
})

describe('approving a team article', () => {
  it('fingerprints what the reviewer approved, so a later edit needs approving again', async () => {
    const ada = await member('Ada', 'writer')
    const cy = await member('Cy', 'reviewer')
    await ada.team.moveIntoTeam(newArticleFile(ID, 'Harbour expansion', new Date()))
    await typeParagraph(ada, 'The harbour grows by a third.')
    // Ada keeps the article open, as her window would.
    await ada.live.openArticle(ID)
    const deadline = Date.now() + 20_000
    while (!(await cy.team.syncArticleList([])).includes(ID)) {
      if (Date.now() > deadline) throw new Error('Cy never fetched the article')
      await new Promise((resolve) => setTimeout(resolve, 200))
    }

    // Cy opens it in the editor and approves it from the Review pane.
    await cy.live.openArticle(ID)
    await cy.live.saveDetails({ id: ID, meta: { status: 'in_review' } }, 'Cy')
    await cy.live.saveDetails({ id: ID, meta: { status: 'approved' } }, 'Cy')
    await until(() => ada.onDisk().meta.status === 'approved', 'the approval to reach Ada')
    expect(ada.onDisk().approval?.sourceHash).toMatch(/^[0-9a-f]{16}$/)
    expect(summarizeArticle(ada.onDisk()).changedSinceApproval).toBe(false)
    expect(gateOf(ada.onDisk())).toEqual([])

    await typeParagraph(ada, 'Costs are not final.')
    await until(
      () => JSON.stringify(ada.onDisk().doc).includes('Costs are not final.'),
      'the edit on disk',
    )
    expect(summarizeArticle(ada.onDisk()).changedSinceApproval).toBe(true)
    expect(gateOf(ada.onDisk())).toEqual([
      '“Acme News” publishes approved articles only, and this one changed after it was approved. Ask a reviewer to approve it again.',
    ])
    // Cy sees the same: the approval travels with the article.
    await until(
      () => JSON.stringify(cy.onDisk().doc).includes('Costs are not final.'),
      'the edit to reach Cy',
    )
    expect(summarizeArticle(cy.onDisk()).changedSinceApproval).toBe(true)
  })
})
