import { existsSync, mkdtempSync, readFileSync, rmSync } from 'node:fs'
import { tmpdir } from 'node:os'
import { join } from 'node:path'
import { load, type CheerioAPI } from 'cheerio'
import { afterAll, beforeAll, describe, expect, test } from 'vitest'
import {
  checkout,
  seedRepo,
  startGitServer,
  type GitServer,
} from '../../../../tests/peers/gitServer'
import { pngAsset, publishContext } from '../../../../tests/fixtures/publishContext'
import { gitSite, newsArticle } from '../../../../tests/peers/gitSite'
import {
  ASTRO_SITE,
  buildWithNpm,
  ELEVENTY_SITE,
  ensureNpmGenerator,
  type NpmGenerator,
} from '../../../../tests/peers/npmGenerators'
import type { DocNode } from '@shared/article/Article'
import { GitTarget } from './GitTarget'

const TOKEN = 'npm-ssg-token-7a1c'
/** Text a typographer would change: the site must show its dashes and dots as typed. */
const TYPED = 'Know the enemy---- then act. 2010--2020, wait... "quoted" -- done.'
const NOW = new Date('2026-06-01T12:00:00Z')

let server: GitServer
const cleanup: string[] = []

beforeAll(async () => {
  server = await startGitServer([{ username: 'editor', password: TOKEN }])
  // First run only: both generators come from the npm registry into the peer cache.
  await Promise.all([ensureNpmGenerator('astro'), ensureNpmGenerator('eleventy')])
}, 600_000)
afterAll(async () => {
  await server.close()
  for (const dir of cleanup) rmSync(dir, { recursive: true, force: true })
})

const figure = (name: string, attrs: Record<string, unknown>): DocNode => ({
  type: 'image',
  attrs: { src: `asset:${name}`, title: null, caption: '', ...attrs },
})

/** Publishes an article with every image form; builds the site; returns the page and images. */
async function publishAndBuild(generator: NpmGenerator, files: Record<string, string>) {
  const name = `${generator}-site.git`
  const bare = seedRepo(server, name, files)
  const cacheDir = mkdtempSync(join(tmpdir(), 'copydesk-git-cache-'))
  cleanup.push(cacheDir)
  const target = new GitTarget({ cacheDir, now: () => NOW })
  const site = gitSite(server.url(name), generator)
  const images = [pngAsset(21), pngAsset(22), pngAsset(23), pngAsset(24)]
  const [plain, captioned, sized, cover] = images.map((i) => i.name)
  const article = newsArticle(
    {
      title: 'Terminal opens: "a new era"',
      slug: 'terminal-opens',
      category: 'News',
      tags: ['ports'],
      excerpt: 'The new terminal opened.',
      publishDate: '2026-05-04T08:00:00Z',
      featuredImage: { src: `asset:${cover}`, alt: 'The quay at night' },
      author: 'Ana Silva',
    },
    [],
    `The harbour opened its new terminal this morning. ${TYPED}`,
  )
  article.doc.content?.push(
    figure(plain ?? '', { alt: 'The new terminal at dawn' }),
    figure(captioned ?? '', { alt: 'Cranes [left]', caption: 'Cranes unloading, May 2026' }),
    figure(sized ?? '', { alt: 'A ferry', width: 20 }),
  )
  const record = await target.publish(
    publishContext({ site, article, assets: images, secrets: { token: TOKEN } }),
  )
  const work = checkout(bare)
  cleanup.push(work)
  const out = await buildWithNpm(generator, work)
  cleanup.push(out)
  return { out, url: record.url ?? '' }
}

/** The built page a web server would send for `url`. */
function page(out: string, url: string): CheerioAPI {
  const path = decodeURIComponent(new URL(url).pathname)
  const file = join(out, path.endsWith('/') ? `${path}index.html` : path)
  expect(existsSync(file), `${url} is served from ${file}`).toBe(true)
  return load(readFileSync(file, 'utf8'))
}

/** Every image the page shows, with whether the built site has the file it requests. */
function imagesOn($: CheerioAPI, out: string, url: string) {
  return $('img')
    .map((_, img) => {
      const src = $(img).attr('src') ?? ''
      const path = decodeURIComponent(new URL(src, url).pathname)
      return { src, alt: $(img).attr('alt') ?? '', loads: existsSync(join(out, path)) }
    })
    .get()
}

describe.each([
  ['astro', ASTRO_SITE],
  ['eleventy', ELEVENTY_SITE],
] as const)('%s builds what was published', (generator, files) => {
  test('the recorded URL serves the post with every image, author and alt text', async () => {
    const { out, url } = await publishAndBuild(generator, files)
    expect(url).toBe('https://news.example.com/posts/terminal-opens/')
    const $ = page(out, url)
    expect($('h1.title').text()).toBe('Terminal opens: "a new era"')
    expect($('.author').text()).toBe('Ana Silva')
    expect($('img.cover').attr('alt')).toBe('The quay at night')
    const images = imagesOn($, out, url)
    expect(images.map((i) => i.alt).sort()).toEqual(
      ['A ferry', 'Cranes [left]', 'The new terminal at dawn', 'The quay at night'].sort(),
    )
    expect(images.filter((i) => !i.loads)).toEqual([])
    expect($('article').text()).toContain('Cranes unloading, May 2026')
    // A typographer may curl the quotes; the dashes and dots stay as they were typed.
    expect($('article').text().replace(/[“”]/g, '"')).toContain(TYPED)
  })
})
