import { mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs'
import { tmpdir } from 'node:os'
import { join } from 'node:path'
import { afterAll, beforeAll, beforeEach, describe, expect, test } from 'vitest'
import {
  checkout,
  createBareRepo,
  gitIn,
  seedRepo,
  startGitServer,
  type GitServer,
} from '../../../../tests/peers/gitServer'
import { pngAsset, publishContext } from '../../../../tests/fixtures/publishContext'
import { gitSite, newsArticle } from '../../../../tests/peers/gitSite'
import { PublishError } from '../PublishError'
import type { PublishTarget } from '../PublishTarget'
import { GitTarget } from './GitTarget'
import { readPostFile } from './frontMatter'

const TOKEN = 'tok-3f9a1c77e2d04b5a'
const NOW = new Date('2026-06-01T12:00:00Z')

let server: GitServer
let cacheDir: string
let target: PublishTarget
let repoCount = 0

beforeAll(async () => {
  server = await startGitServer([
    { username: 'editor', password: TOKEN },
    { username: 'reader', password: 'read-only-token', write: false },
  ])
})
afterAll(async () => {
  await server.close()
})
beforeEach(() => {
  cacheDir = mkdtempSync(join(tmpdir(), 'copydesk-git-cache-'))
  target = new GitTarget({ cacheDir, now: () => NOW })
  return () => rmSync(cacheDir, { recursive: true, force: true })
})

function hugoRepo(): { name: string; bare: string } {
  const name = `hugo-${++repoCount}.git`
  const bare = seedRepo(server, name, {
    'hugo.toml': 'title = "Harbour News"\n',
    'content/posts/older-news.md': '---\ntitle: Older news\n---\n\nHello.\n',
  })
  return { name, bare }
}

function log(bare: string): string[] {
  return gitIn(bare, 'log', '--format=%s', 'main').split('\n')
}

function show(bare: string, path: string): string {
  return gitIn(bare, 'show', `main:${path}`)
}

describe('git target', { timeout: 30_000 }, () => {
  test('publishes, republishes after edits and a title change, then moves on a slug change', async () => {
    const { name, bare } = hugoRepo()
    const site = gitSite(server.url(name), 'hugo')
    const images = [pngAsset(1), pngAsset(2)]
    const article = newsArticle(
      {
        title: 'Terminal opens',
        category: 'News',
        tags: ['ports', 'energy'],
        slug: 'terminal-opens',
      },
      images,
    )

    const first = await target.publish(
      publishContext({ site, article, assets: images, secrets: { token: TOKEN } }),
    )
    expect(first).toMatchObject({
      kind: 'git',
      state: 'published',
      path: 'content/posts/terminal-opens.md',
      url: 'https://news.example.com/posts/terminal-opens/',
    })
    expect(log(bare)[0]).toBe('Publish “Terminal opens”')
    expect(gitIn(bare, 'log', '-1', '--format=%an <%ae>', 'main')).toBe(
      'Copydesk Editor <desk@example.com>',
    )
    expect(first.extra.commit).toBe(gitIn(bare, 'rev-parse', 'main'))
    const post = readPostFile(show(bare, 'content/posts/terminal-opens.md'))
    expect(post?.data).toMatchObject({
      title: 'Terminal opens',
      slug: 'terminal-opens',
      categories: ['News'],
      tags: ['ports', 'energy'],
      draft: false,
    })
    expect(post?.body).toContain(`![Image 1](/images/${images[0]?.name})`)
    for (const image of images) {
      expect(gitIn(bare, 'cat-file', '-s', `main:static/images/${image.name}`)).not.toBe('0')
    }

    // Edits and a new title (the slug follows it): same file, one "Update" commit, images not
    // written again.
    const edited = newsArticle(
      { ...article.meta, title: 'Terminal opens to ships', slug: 'terminal-opens-to-ships' },
      images,
      'The harbour opened its new terminal, and the first ship docked.',
    )
    const second = await target.publish(
      publishContext({
        site,
        article: edited,
        assets: images,
        secrets: { token: TOKEN },
        record: first,
      }),
    )
    expect(second.path).toBe(first.path)
    expect(log(bare).slice(0, 2)).toEqual([
      'Update “Terminal opens to ships”',
      'Publish “Terminal opens”',
    ])
    expect(gitIn(bare, 'show', '--name-only', '--format=', 'main')).toBe(
      'content/posts/terminal-opens.md',
    )
    expect(show(bare, 'content/posts/terminal-opens.md')).toContain('the first ship docked')

    // Unchanged republish: nothing to commit.
    const same = await target.publish(
      publishContext({
        site,
        article: edited,
        assets: images,
        secrets: { token: TOKEN },
        record: second,
      }),
    )
    expect(log(bare)).toHaveLength(3)
    expect(same.extra.commit).toBe(second.extra.commit)

    // A slug set by hand moves the file and keeps the old address as an alias.
    const moved = newsArticle({ ...edited.meta, slug: 'new-terminal', slugLocked: true }, images)
    const third = await target.publish(
      publishContext({
        site,
        article: moved,
        assets: images,
        secrets: { token: TOKEN },
        record: second,
      }),
    )
    expect(third.path).toBe('content/posts/new-terminal.md')
    expect(third.url).toBe('https://news.example.com/posts/new-terminal/')
    expect(
      gitIn(bare, 'ls-tree', '--name-only', 'main', 'content/posts/').split('\n').sort(),
    ).toEqual(['content/posts/new-terminal.md', 'content/posts/older-news.md'])
    expect(readPostFile(show(bare, third.path ?? ''))?.data.aliases).toEqual([
      '/posts/terminal-opens/',
    ])
    expect(log(bare)[0]).toBe(
      'Update “Terminal opens to ships” (moved to content/posts/new-terminal.md)',
    )
  })

  test('unpublishes as a draft, republishes, then removes the post', async () => {
    const { name, bare } = hugoRepo()
    const site = gitSite(server.url(name), 'hugo')
    const article = newsArticle({ title: 'Quarterly results', slug: 'quarterly-results' })
    const published = await target.publish(
      publishContext({ site, article, secrets: { token: TOKEN } }),
    )
    const context = publishContext({ site, article, secrets: { token: TOKEN }, record: published })

    const drafted = await target.unpublish(context, 'draft')
    expect(drafted.state).toBe('draft')
    expect(log(bare)[0]).toBe('Unpublish “Quarterly results”')
    const hidden = readPostFile(show(bare, 'content/posts/quarterly-results.md'))
    expect(hidden?.data).toMatchObject({ title: 'Quarterly results', draft: true })
    expect(hidden?.body).toContain('The harbour opened')

    const again = await target.publish(
      publishContext({ site, article, secrets: { token: TOKEN }, record: drafted }),
    )
    expect(readPostFile(show(bare, 'content/posts/quarterly-results.md'))?.data.draft).toBe(false)

    const removed = await target.unpublish(
      publishContext({ site, article, secrets: { token: TOKEN }, record: again }),
      'remove',
    )
    expect(removed.state).toBe('removed')
    expect(gitIn(bare, 'ls-tree', '--name-only', 'main', 'content/posts/')).toBe(
      'content/posts/older-news.md',
    )
  })

  test('Jekyll: published: false hides the post, redirect_from keeps the old address', async () => {
    const name = `jekyll-${++repoCount}.git`
    const bare = seedRepo(server, name, { '_config.yml': 'title: Harbour News\n' })
    const site = gitSite(server.url(name), 'jekyll')
    const article = newsArticle({
      title: 'Ferry timetable',
      slug: 'ferry-timetable',
      category: 'News',
      publishDate: '2026-05-04T08:00:00Z',
    })
    const first = await target.publish(publishContext({ site, article, secrets: { token: TOKEN } }))
    expect(first.path).toBe('_posts/2026-05-04-ferry-timetable.md')
    expect(first.url).toBe('https://news.example.com/news/2026/05/04/ferry-timetable.html')
    const renamed = newsArticle({ ...article.meta, slug: 'summer-ferries', slugLocked: true })
    const second = await target.publish(
      publishContext({ site, article: renamed, secrets: { token: TOKEN }, record: first }),
    )
    const data = readPostFile(show(bare, second.path ?? ''))?.data
    expect(data).toMatchObject({
      published: true,
      redirect_from: ['/news/2026/05/04/ferry-timetable.html'],
    })
    await target.unpublish(
      publishContext({ site, article: renamed, secrets: { token: TOKEN }, record: second }),
      'draft',
    )
    expect(readPostFile(show(bare, second.path ?? ''))?.data.published).toBe(false)
  })

  test('first publish to an empty repository creates the branch', async () => {
    const name = `empty-${++repoCount}.git`
    const bare = createBareRepo(server, name)
    const site = gitSite(server.url(name), 'hugo')
    const report = await target.testConnection(site, async () => TOKEN)
    expect(report).toEqual({ ok: true, message: expect.stringContaining('empty') })
    const images = [pngAsset(3)]
    const article = newsArticle({ title: 'Hello world', slug: 'hello-world' }, images)
    await target.publish(
      publishContext({ site, article, assets: images, secrets: { token: TOKEN } }),
    )
    expect(log(bare)).toEqual(['Publish “Hello world”'])
    expect(gitIn(bare, 'ls-tree', '-r', '--name-only', 'main').split('\n').sort()).toEqual([
      'content/posts/hello-world.md',
      `static/images/${images[0]?.name}`,
    ])
  })

  test('a remote that moved ahead gets our change on top, never forced', async () => {
    const { name, bare } = hugoRepo()
    const site = gitSite(server.url(name), 'hugo')
    const article = newsArticle({ title: 'Crane arrives', slug: 'crane-arrives' })
    const first = await target.publish(publishContext({ site, article, secrets: { token: TOKEN } }))

    // Someone else pushes an unrelated change with the system git, between our fetch and push.
    const other = checkout(bare)
    let theirs = ''
    const edited = newsArticle({ ...article.meta }, [], 'The crane arrived by barge.')
    const context = publishContext({
      site,
      article: edited,
      secrets: { token: TOKEN },
      record: first,
    })
    const progress = context.progress
    context.progress = (p) => {
      progress(p)
      if (p.step !== 'Saving the change' || theirs !== '') return
      writeFileSync(
        join(other, 'content/posts/older-news.md'),
        '---\ntitle: Older news, fixed\n---\n',
      )
      gitIn(other, 'commit', '-qam', 'Fix older news')
      gitIn(other, 'push', '-q', 'origin', 'main')
      theirs = gitIn(bare, 'rev-parse', 'main')
    }
    const second = await target.publish(context)
    expect(context.steps.filter((p) => p.step === 'Sending to the site')).toHaveLength(2)
    expect(gitIn(bare, 'rev-parse', 'main^')).toBe(theirs)
    expect(log(bare).slice(0, 3)).toEqual([
      'Update “Crane arrives”',
      'Fix older news',
      'Publish “Crane arrives”',
    ])
    expect(second.extra.commit).toBe(gitIn(bare, 'rev-parse', 'main'))
    expect(show(bare, 'content/posts/older-news.md')).toContain('Older news, fixed')
    expect(show(bare, 'content/posts/crane-arrives.md')).toContain('arrived by barge')
    rmSync(other, { recursive: true, force: true })
  })

  test('an upstream edit of this article’s file stops with both versions', async () => {
    const { name, bare } = hugoRepo()
    const site = gitSite(server.url(name), 'hugo')
    const article = newsArticle({ title: 'Dock strike ends', slug: 'dock-strike-ends' })
    const first = await target.publish(publishContext({ site, article, secrets: { token: TOKEN } }))

    const other = checkout(bare)
    const file = join(other, 'content/posts/dock-strike-ends.md')
    writeFileSync(
      file,
      readFileSync(file, 'utf8').replace('A good day.', 'A great day, says the union.'),
    )
    gitIn(other, 'commit', '-qam', 'Quote fix')
    gitIn(other, 'push', '-q', 'origin', 'main')
    const before = gitIn(bare, 'rev-parse', 'main')

    const edited = newsArticle({ ...article.meta }, [], 'The strike ended after talks.')
    const failure = await target
      .publish(publishContext({ site, article: edited, secrets: { token: TOKEN }, record: first }))
      .catch((e: unknown) => e)
    expect(failure).toBeInstanceOf(PublishError)
    expect(failure).toMatchObject({ kind: 'conflict', transient: false })
    const conflict = (failure as PublishError).conflict
    expect(conflict?.theirs).toContain('A great day, says the union.')
    expect(conflict?.ours).toContain('The strike ended after talks.')
    expect(gitIn(bare, 'rev-parse', 'main')).toBe(before)

    // The writer chose to overwrite.
    await target.publish(
      publishContext({
        site,
        article: edited,
        secrets: { token: TOKEN },
        record: first,
        overwrite: true,
      }),
    )
    expect(show(bare, 'content/posts/dock-strike-ends.md')).toContain(
      'The strike ended after talks.',
    )
    rmSync(other, { recursive: true, force: true })
  })

  test('a wrong token, a read-only token, a missing branch and a stopped server say so plainly', async () => {
    const { name } = hugoRepo()
    const site = gitSite(server.url(name), 'hugo')
    const wrong = 'wrong-token-0a1b2c3d'
    const article = newsArticle({ title: 'Anything', slug: 'anything' })
    const failure = (await target
      .publish(publishContext({ site, article, secrets: { token: wrong } }))
      .catch((e: unknown) => e)) as PublishError
    expect(failure).toMatchObject({ kind: 'auth', transient: false })
    expect(failure.message).toBe(
      'The site rejected the access token. Check the user name and token in the site settings.',
    )
    expect(
      JSON.stringify({ m: failure.message, c: String(failure.cause), s: failure.stack }),
    ).not.toContain(wrong)

    expect(await target.testConnection(site, async () => wrong)).toEqual({
      ok: false,
      message: expect.stringContaining('rejected the access token'),
    })
    expect(await target.testConnection(site, async () => TOKEN)).toMatchObject({ ok: true })
    const reader = gitSite(server.url(name), 'hugo', { username: 'reader' })
    expect(await target.testConnection(reader, async () => 'read-only-token')).toEqual({
      ok: false,
      message: expect.stringContaining('no write access'),
    })
    const branchless = gitSite(server.url(name), 'hugo', { branch: 'live' })
    expect(await target.testConnection(branchless, async () => TOKEN)).toEqual({
      ok: false,
      message: 'Connected, but the repository has no branch “live”.',
    })
    const missing = gitSite(server.url('nothing-here.git'), 'hugo')
    expect((await target.testConnection(missing, async () => TOKEN)).message).toBe(
      'There is no repository at this address.',
    )
    const http = gitSite(server.url(name), 'hugo')
    if (http.target?.kind === 'git') http.target.repoUrl = 'http://example.com/site.git'
    expect((await target.testConnection(http, async () => TOKEN)).message).toBe(
      'The repository address must start with https://.',
    )
    await server.stop()
    try {
      expect((await target.testConnection(site, async () => TOKEN)).message).toMatch(
        /^Could not reach 127\.0\.0\.1:\d+\./,
      )
    } finally {
      await server.start()
    }
  })

  test('a server stopped mid-publish: the retry completes once, with nothing lost', async () => {
    const { name, bare } = hugoRepo()
    const site = gitSite(server.url(name), 'hugo')
    const images = [pngAsset(4), pngAsset(5)]
    const article = newsArticle({ title: 'Storm warning', slug: 'storm-warning' }, images)
    const context = publishContext({ site, article, assets: images, secrets: { token: TOKEN } })
    const progress = context.progress
    context.progress = (p) => {
      progress(p)
      if (p.step === 'Sending to the site') void server.stop()
    }
    const failure = await target.publish(context).catch((e: unknown) => e)
    expect(failure).toMatchObject({ kind: 'offline', transient: true })
    await server.start()
    expect(log(bare)).toEqual(['Site skeleton'])

    const record = await target.publish(
      publishContext({ site, article, assets: images, secrets: { token: TOKEN } }),
    )
    expect(log(bare)).toEqual(['Publish “Storm warning”', 'Site skeleton'])
    expect(show(bare, 'content/posts/storm-warning.md')).toContain('Storm warning')

    // The push landed but its answer was lost, so the record was never saved: a retry from
    // scratch finds our content already there and adds no commit.
    const retry = await target.publish(
      publishContext({ site, article, assets: images, secrets: { token: TOKEN } }),
    )
    expect(log(bare)).toHaveLength(2)
    expect(retry).toMatchObject({ path: record.path, contentHash: record.contentHash })
    expect(retry.extra.commit).toBe(record.extra.commit)
  })

  test('checks: slug taken, unsafe path templates, future dates', async () => {
    const { name } = hugoRepo()
    const site = gitSite(server.url(name), 'hugo')
    const taken = newsArticle({ title: 'Older news', slug: 'older-news' })
    expect(
      await target.check(publishContext({ site, article: taken, secrets: { token: TOKEN } })),
    ).toContainEqual(expect.objectContaining({ level: 'error', code: 'slug-taken' }))
    await expect(
      target.publish(publishContext({ site, article: taken, secrets: { token: TOKEN } })),
    ).rejects.toThrow('Another post already uses content/posts/older-news.md')
    for (const postPath of [
      '../{slug}.md',
      'content/{category}/../../x/{slug}.md',
      '/etc/{slug}.md',
      'content\\{slug}.md',
      '.git/{slug}',
    ]) {
      const unsafe = gitSite(server.url(name), 'hugo', { postPath })
      const article = newsArticle({ title: 'Escape', slug: 'escape', category: '..' })
      const checks = await target.check(
        publishContext({ site: unsafe, article, secrets: { token: TOKEN } }),
      )
      expect(checks, postPath).toContainEqual(
        expect.objectContaining({ level: 'error', code: 'git-settings' }),
      )
      await expect(
        target.publish(publishContext({ site: unsafe, article, secrets: { token: TOKEN } })),
      ).rejects.toMatchObject({ kind: 'refused' })
    }
    const future = newsArticle({ title: 'Gala', slug: 'gala', publishDate: '2026-12-24T18:00:00Z' })
    const checks = await target.check(
      publishContext({ site, article: future, secrets: { token: TOKEN } }),
    )
    expect(checks).toEqual([
      expect.objectContaining({
        level: 'info',
        code: 'scheduled',
        message: expect.stringContaining('--buildFuture'),
      }),
    ])
    const record = await target.publish(
      publishContext({ site, article: future, secrets: { token: TOKEN } }),
    )
    expect(record.state).toBe('scheduled')
  })

  test('the plan lists exact files with before and after text', async () => {
    const { name } = hugoRepo()
    const site = gitSite(server.url(name), 'hugo')
    const images = [pngAsset(6), pngAsset(7)]
    const article = newsArticle({ title: 'Plan me', slug: 'plan-me' }, images)
    const plan = await target.plan(
      publishContext({ site, article, assets: images, secrets: { token: TOKEN } }),
    )
    expect(plan.summary).toBe('Adds content/posts/plan-me.md and 2 images on Harbour News (main).')
    expect(plan.changes.map((c) => [c.action, c.target])).toEqual([
      ['add', 'content/posts/plan-me.md'],
      ['add', `static/images/${images[0]?.name}`],
      ['add', `static/images/${images[1]?.name}`],
    ])
    expect(plan.changes[0]?.after).toMatch(/^---\ntitle: Plan me\n/)
    const record = await target.publish(
      publishContext({ site, article, assets: images, secrets: { token: TOKEN } }),
    )
    const edited = newsArticle({ ...article.meta }, images, 'New lead.')
    const next = await target.plan(
      publishContext({ site, article: edited, assets: images, secrets: { token: TOKEN }, record }),
    )
    expect(next.summary).toBe('Updates content/posts/plan-me.md on Harbour News (main).')
    expect(next.changes.map((c) => c.action)).toEqual(['change', 'keep', 'keep'])
    expect(next.changes[0]?.before).toContain('The harbour opened')
    expect(next.changes[0]?.after).toContain('New lead.')
  })
})
