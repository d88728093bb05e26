import { readFileSync } from 'node:fs'
import { mkdtemp, rm, writeFile } from 'node:fs/promises'
import { tmpdir } from 'node:os'
import { join } from 'node:path'
import { afterAll, beforeAll, describe, expect, it } from 'vitest'
import type { PublishJob } from '@shared/publish/Publish'
import type { GitPreset } from '@shared/sites/targets'
import { createServices, type Services } from '../../src/main/createServices'
import { MemorySecretStore } from '../../src/main/secrets/SecretStore'
import { JsonFileSettingsStore } from '../../src/main/settings/JsonFileSettingsStore'
import { checkout, gitIn, seedRepo, startGitServer, type GitServer } from './gitServer'
import { gitSite } from './gitSite'

const TOKEN = 'open-from-site-token'

/** Posts as their owners wrote them by hand, with keys Copydesk does not know. */
const HUGO_POST = `---
title: "Harbour opens a second quay"
date: 2025-03-04T09:30:00Z
draft: false
weight: 3
params:
  hero: wide
tags: ["harbour", "works"]
---

The harbour opens its **second quay** on Monday.

{{< figure src="/img/quay.jpg" caption="The new quay" >}}

- Longer berths
- Night shifts
`

const HUGO_TOML_POST = `+++
title = "Winter timetable"
date = 2024-11-02T08:00:00Z
toc = true
+++

Ferries leave every *forty* minutes.
`

const JEKYLL_POST = `---
layout: post
title: Ferry fares frozen
categories: [News]
permalink: /fares/
---
Fares stay as they are until June.
`

/** A Jekyll post with an include and raw HTML, which the editor shows as text. */
const JEKYLL_MARKUP_POST = `---
layout: post
title: Quay video
---
Watch the first ship come in.

{% include video.html id="quay" %}

<div class="callout">Berth <b>north</b> opens first.</div>
`

let server: GitServer
let dir = ''
let services: Services

async function site(preset: GitPreset, repo: string, files: Record<string, string>) {
  const bare = seedRepo(server, repo, files)
  const { target } = gitSite(server.url(repo), preset)
  const profile = await services.sites.create({
    name: `${preset} site`,
    url: 'https://news.example.com/',
    categories: [],
    navigation: [],
    theme: { kind: 'builtin', id: 'newsroom' },
    target,
  })
  await services.secrets.set(`site:${profile.id}:token`, TOKEN)
  return { siteId: profile.id, bare }
}

async function open(siteId: string, postId: string): Promise<string> {
  return (await services.sitePosts.open({ siteId, type: 'post', postId, doc: null, version: null }))
    .id
}

async function publish(articleId: string, siteId: string): Promise<PublishJob> {
  await services.publish.publish(articleId, siteId)
  await services.publish.idle()
  const jobs = await services.publish.jobs(articleId)
  return jobs[jobs.length - 1] as PublishJob
}

const head = (bare: string) => gitIn(bare, 'rev-parse', 'main')
const fileAt = (bare: string, path: string) => gitIn(bare, 'show', `main:${path}`)

beforeAll(async () => {
  server = await startGitServer([{ username: 'editor', password: TOKEN }])
  dir = await mkdtemp(join(tmpdir(), 'copydesk-open-git-'))
  services = await createServices({
    libraryPath: join(dir, 'Library'),
    settings: new JsonFileSettingsStore(join(dir, 'settings.json')),
    dataPath: join(dir, 'AppData'),
    secrets: new MemorySecretStore(),
    appInfo: { version: '0.0.0', platform: 'linux', runtime: 'browser' },
  })
})

afterAll(async () => {
  await services?.close()
  await server?.close()
  if (dir) await rm(dir, { recursive: true, force: true })
})

describe('hand-written posts in a git site', () => {
  it('are listed newest first with title, date and status, and found by a search', async () => {
    const { siteId } = await site('hugo', 'list.git', {
      'content/posts/quay.md': HUGO_POST,
      'content/posts/winter.md': HUGO_TOML_POST,
      'content/about.md': '---\ntitle: About\n---\nNot a post.\n',
    })
    const page = await services.sitePosts.list({ siteId })
    expect(page.items.map((p) => [p.title, p.status])).toEqual([
      ['Harbour opens a second quay', 'published'],
      ['Winter timetable', 'published'],
    ])
    const found = await services.sitePosts.list({ siteId, search: 'winter' })
    expect(found.items.map((p) => p.id)).toEqual(['content/posts/winter.md'])
  })

  it('are fetched once per browse: a search reads the list already fetched, a new browse fetches', async () => {
    const { siteId, bare } = await site('hugo', 'browse.git', {
      'content/posts/quay.md': HUGO_POST,
    })
    expect((await services.sitePosts.list({ siteId })).items).toHaveLength(1)
    const work = checkout(bare)
    await writeFile(join(work, 'content/posts/later.md'), '---\ntitle: Later news\n---\nText.\n')
    gitIn(work, 'add', '.')
    gitIn(work, 'commit', '-qm', 'Later news')
    gitIn(work, 'push', '-q', 'origin', 'main')
    await rm(work, { recursive: true, force: true })
    expect((await services.sitePosts.list({ siteId, search: 'later' })).items).toEqual([])
    const again = await services.sitePosts.list({ siteId })
    expect(again.items.map((p) => p.title)).toContain('Later news')
    expect((await services.sitePosts.list({ siteId, search: 'later' })).items).toHaveLength(1)
  })

  it.each([
    ['hugo', 'content/posts/quay.md', HUGO_POST],
    ['hugo', 'content/posts/winter.md', HUGO_TOML_POST],
    ['jekyll', '_posts/2025-01-10-ferry-fares.md', JEKYLL_POST],
  ] as const)(
    '%s %s: an Update without an edit leaves the file and the branch as they were',
    async (preset, path, text) => {
      const { siteId, bare } = await site(preset, `same-${path.replace(/\W/g, '-')}.git`, {
        [path]: text,
      })
      const before = head(bare)
      const articleId = await open(siteId, path)
      const job = await publish(articleId, siteId)
      expect(job.state, job.message ?? '').toBe('done')
      expect(head(bare)).toBe(before)
      expect(fileAt(bare, path)).toBe(text.trimEnd())
    },
  )

  it('an edited title changes that line alone: unknown keys and the body stay', async () => {
    const path = 'content/posts/quay.md'
    const { siteId, bare } = await site('hugo', 'title.git', { [path]: HUGO_POST })
    const articleId = await open(siteId, path)
    await services.library.save({ id: articleId, meta: { title: 'Second quay opens' } }, 'Test')
    const job = await publish(articleId, siteId)
    expect(job.state, job.message ?? '').toBe('done')
    const after = `${fileAt(bare, path)}\n`
    expect(after).toContain('title: Second quay opens')
    expect(after).toContain('weight: 3')
    expect(after).toContain('hero: wide')
    // The body (with its Hugo shortcode, which the editor shows as text) is the file's own.
    expect(after.slice(after.indexOf('\n---\n'))).toBe(
      HUGO_POST.slice(HUGO_POST.indexOf('\n---\n')),
    )
  })

  it('changed on the site since it was opened: the Update stops with both versions', async () => {
    const path = 'content/posts/winter.md'
    const { siteId, bare } = await site('hugo', 'conflict.git', { [path]: HUGO_TOML_POST })
    const articleId = await open(siteId, path)
    const work = checkout(bare)
    const theirs = HUGO_TOML_POST.replace('forty', 'thirty')
    await writeFile(join(work, path), theirs)
    gitIn(work, 'commit', '-qam', 'Timetable fix')
    gitIn(work, 'push', '-q', 'origin', 'main')
    await services.library.save({ id: articleId, meta: { title: 'Winter timetable 2025' } }, 'Test')
    const job = await publish(articleId, siteId)
    expect(job.state).toBe('conflict')
    expect(job.conflict?.theirs).toContain('thirty')
    expect(job.conflict?.ours).toContain('Winter timetable 2025')
    expect(readFileSync(join(work, path), 'utf8')).toBe(theirs)
    expect(fileAt(bare, path)).toContain('thirty')
  })

  it.each([
    ['hugo', 'content/posts/quay.md', HUGO_POST, ['{{< figure >}}']],
    [
      'jekyll',
      '_posts/2025-02-01-quay-video.md',
      JEKYLL_MARKUP_POST,
      ['{% include %}', '<div>', '<b>'],
    ],
  ] as const)(
    '%s %s: an edited text says the shortcodes and HTML become text before it writes them',
    async (preset, path, text, markup) => {
      const { siteId, bare } = await site(preset, `markup-${preset}.git`, { [path]: text })
      const articleId = await open(siteId, path)
      await services.library.save({ id: articleId, meta: { title: 'Retitled' } }, 'Test')
      const retitled = await services.publish.plan(articleId, siteId)
      expect(retitled.plan?.summary).not.toContain('shortcodes and HTML')

      const current = await services.library.get(articleId)
      const doc = structuredClone(current.doc)
      doc.content?.push({ type: 'paragraph', content: [{ type: 'text', text: 'Added line.' }] })
      await services.library.save({ id: articleId, doc }, 'Test')
      const plan = await services.publish.plan(articleId, siteId)
      expect(plan.plan?.summary).toContain(
        `the post’s shortcodes and HTML that the editor shows as text (${markup.join(', ')}) are written back as plain text`,
      )
      const job = await publish(articleId, siteId)
      expect(job.state, job.message ?? '').toBe('done')
      expect(fileAt(bare, path)).toContain('Added line.')
    },
  )
})
