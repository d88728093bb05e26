import { mkdirSync, mkdtempSync, rmSync, symlinkSync } from 'node:fs'
import { tmpdir } from 'node:os'
import { join } from 'node:path'
import { afterAll, beforeAll, describe, expect, test } from 'vitest'
import {
  gitIn,
  checkout,
  seedRepo,
  startGitServer,
  type GitServer,
} from '../../../../../tests/peers/gitServer'
import { publishContext } from '../../../../../tests/fixtures/publishContext'
import { gitSite, newsArticle } from '../../../../../tests/peers/gitSite'
import {
  ASTRO_SITE,
  ELEVENTY_SITE,
  ensureNpmGenerator,
} from '../../../../../tests/peers/npmGenerators'
import {
  ensureDebianPackage,
  ensureGenerator,
  HUGO_SITE,
  JEKYLL_SITE,
} from '../../../../../tests/peers/ssg'
import type { Article } from '@shared/article/Article'
import type { BuildCheck } from '@shared/publish/Publish'
import type { GitPreset, GitTargetConfig } from '@shared/sites/targets'
import { PublishError } from '../../PublishError'
import { GitTarget } from '../GitTarget'
import type { CommandFinder } from './findCommand'

const TOKEN = 'build-check-token-3e9d'
const NOW = new Date('2026-06-01T12:00:00Z')

let server: GitServer
const cleanup: string[] = []

beforeAll(async () => {
  ensureGenerator('hugo')
  ensureGenerator('jekyll')
  ensureDebianPackage('ruby-jekyll-redirect-from')
  server = await startGitServer([{ username: 'editor', password: TOKEN }])
  await Promise.all([ensureNpmGenerator('astro'), ensureNpmGenerator('eleventy')])
}, 600_000)
afterAll(async () => {
  await server.close()
  for (const dir of cleanup) rmSync(dir, { recursive: true, force: true })
})

/** A Hugo site whose post layout refuses a post without a description, as some themes do. */
const HUGO_NEEDS_DESCRIPTION: Record<string, string> = {
  ...HUGO_SITE,
  'content/posts/older-news.md':
    '---\ntitle: Older news\ndescription: From last year.\ndate: 2025-01-01T00:00:00Z\n---\n\nHello.\n',
  'layouts/_default/single.html':
    '{{ if not .Params.description }}{{ errorf "%s: a description is required" .File.Path }}{{ end }}' +
    (HUGO_SITE['layouts/_default/single.html'] ?? ''),
}

/** A Jekyll site whose layout includes a banner file for events that nobody committed. */
const JEKYLL_EVENTS_BANNER: Record<string, string> = {
  ...JEKYLL_SITE,
  '_layouts/post.html':
    '{% if page.categories contains "Events" %}{% include event-banner.html %}{% endif %}\n' +
    (JEKYLL_SITE['_layouts/post.html'] ?? ''),
}

/** Astro's blog schema with the site's own list of categories. */
const ASTRO_CATEGORIES: Record<string, string> = {
  ...ASTRO_SITE,
  'src/content.config.ts': (ASTRO_SITE['src/content.config.ts'] ?? '').replace(
    '      author: z.string().optional(),',
    "      author: z.string().optional(),\n      categories: z.array(z.enum(['News', 'Events'])).optional(),",
  ),
}

let repos = 0

/** A site repository seeded with `files`, and a target whose scratch builds live in a temp folder. */
function site(
  preset: GitPreset,
  files: Record<string, string>,
  buildCheck: GitTargetConfig['buildCheck'],
  findCommand?: CommandFinder,
) {
  const name = `${preset}-${++repos}.git`
  const bare = seedRepo(server, name, files)
  const cacheDir = mkdtempSync(join(tmpdir(), 'copydesk-build-cache-'))
  cleanup.push(cacheDir)
  const target = new GitTarget({ cacheDir, now: () => NOW, findCommand })
  const profile = gitSite(server.url(name), preset, { buildCheck })
  return { bare, cacheDir, target, profile }
}

/** Links the peer cache's packages in as the site's own install, as `npm install` would. */
async function installPackages(cacheDir: string, generator: 'astro' | 'eleventy'): Promise<void> {
  const folder = join(cacheDir, 'site-news.build')
  mkdirSync(folder, { recursive: true })
  symlinkSync(
    join(await ensureNpmGenerator(generator), 'node_modules'),
    join(folder, 'node_modules'),
  )
}

function article(fields: Partial<Article['meta']>): Article {
  return newsArticle({
    title: 'Terminal opens',
    slug: 'terminal-opens',
    category: 'News',
    publishDate: '2026-05-04T08:00:00Z',
    ...fields,
  })
}

/** Publishes and returns what the build check reported, or the error that stopped it. */
async function publish(s: ReturnType<typeof site>, post: Article) {
  const builds: BuildCheck[] = []
  const context = {
    ...publishContext({ site: s.profile, article: post, secrets: { token: TOKEN } }),
    built: (check: BuildCheck) => builds.push(check),
  }
  try {
    const record = await s.target.publish(context)
    return { record, build: builds[0], error: null, steps: context.steps }
  } catch (error) {
    return { record: null, build: builds[0], error, steps: context.steps }
  }
}

const commits = (bare: string): number =>
  Number(gitIn(checkout(bare), 'rev-list', '--count', 'HEAD').trim())

describe('the build check before pushing', () => {
  test('Hugo: a failed build stops the publish with the file and the generator’s words', async () => {
    const s = site('hugo', HUGO_NEEDS_DESCRIPTION, 'require')
    const failed = await publish(s, article({ excerpt: '' }))
    expect(failed.build).toMatchObject({ state: 'failed', generator: 'Hugo' })
    expect(failed.build?.message).toContain('posts/terminal-opens.md: a description is required')
    expect(failed.error).toBeInstanceOf(PublishError)
    expect((failed.error as PublishError).kind).toBe('refused')
    expect((failed.error as Error).message).toMatch(
      /^The site does not build with this change, so nothing was sent\. Hugo says/,
    )
    expect(commits(s.bare)).toBe(1)
    expect(failed.steps.map((p) => p.step)).toContain('Building the site to check the change')

    const fixed = await publish(s, article({ excerpt: 'The new terminal opened.' }))
    expect(fixed.build).toMatchObject({ state: 'passed', generator: 'Hugo', message: null })
    expect(fixed.record?.state).toBe('published')
    expect(commits(s.bare)).toBe(2)
  }, 60_000)

  test('Hugo: when the site only asks to be told, the post goes out and the failure is shown', async () => {
    const s = site('hugo', HUGO_NEEDS_DESCRIPTION, 'warn')
    const sent = await publish(s, article({ excerpt: '' }))
    expect(sent.error).toBeNull()
    expect(sent.record?.state).toBe('published')
    expect(sent.build?.state).toBe('failed')
    expect(commits(s.bare)).toBe(2)
  }, 60_000)

  test('Jekyll: a missing include names the layout it is in', async () => {
    const s = site('jekyll', JEKYLL_EVENTS_BANNER, 'require')
    const failed = await publish(s, article({ category: 'Events' }))
    expect(failed.build?.state).toBe('failed')
    expect(failed.build?.message).toContain('event-banner.html')
    expect(failed.build?.file).toBe('_layouts/post.html')
    expect(failed.build?.message).not.toContain('/usr/share')
    expect(commits(s.bare)).toBe(1)
    const news = await publish(s, article({ category: 'News' }))
    expect(news.build?.state).toBe('passed')
  }, 60_000)

  test('Astro: a category outside the site’s schema fails with the field named', async () => {
    const s = site('astro', ASTRO_CATEGORIES, 'require')
    await installPackages(s.cacheDir, 'astro')
    const failed = await publish(
      s,
      article({ category: 'Industry Insights', excerpt: 'The new terminal opened.' }),
    )
    expect(failed.build).toMatchObject({ state: 'failed', generator: 'Astro' })
    expect(failed.build?.message).toContain('posts → terminal-opens')
    expect(failed.build?.message).toContain(
      "categories.0: Invalid enum value. Expected 'News' | 'Events', received 'Industry Insights'",
    )
    expect(commits(s.bare)).toBe(1)
  }, 180_000)

  test('Eleventy: the site’s own installed packages build it', async () => {
    const s = site('eleventy', ELEVENTY_SITE, 'require')
    await installPackages(s.cacheDir, 'eleventy')
    const built = await publish(s, article({}))
    expect(built.build).toMatchObject({ state: 'passed', generator: 'Eleventy' })
    expect(built.build?.tookMs).toBeGreaterThan(0)
  }, 120_000)

  test('without the generator here the build is not checked and nothing is stopped', async () => {
    const s = site('hugo', HUGO_NEEDS_DESCRIPTION, 'require', async () => null)
    const checks = await s.target.check(
      publishContext({ site: s.profile, article: article({}), secrets: { token: TOKEN } }),
    )
    expect(checks.find((c) => c.code === 'build-not-checked')?.message).toBe(
      'The site’s build is not checked: Hugo is not installed on this computer.',
    )
    const sent = await publish(s, article({ excerpt: '' }))
    expect(sent.build).toMatchObject({
      state: 'not-checked',
      message: 'Hugo is not installed on this computer.',
    })
    expect(sent.record?.state).toBe('published')
  }, 60_000)

  test('Astro without the site’s packages installed says where to install them', async () => {
    const s = site('astro', ASTRO_SITE, 'warn')
    const sent = await publish(s, article({ excerpt: 'The new terminal opened.' }))
    expect(sent.build?.state).toBe('not-checked')
    expect(sent.build?.message).toContain('run “npm install” in')
    expect(sent.record?.state).toBe('published')
  }, 60_000)
})
