import { existsSync, readFileSync, rmSync } from 'node:fs'
import { tmpdir } from 'node:os'
import { join } from 'node:path'
import { mkdtempSync } from 'node:fs'
import { load } from 'cheerio'
import { afterAll, beforeAll, describe, expect, test } from 'vitest'
import {
  checkout,
  seedRepo,
  startGitServer,
  type GitServer,
} from '../../../../tests/peers/gitServer'
import { pngAsset, publishContext } from '../../../../tests/fixtures/publishContext'
import { gitSite, newsArticle } from '../../../../tests/peers/gitSite'
import { buildHugo, buildJekyll, HUGO_SITE, JEKYLL_SITE } from '../../../../tests/peers/ssg'
import { TRICKY_TITLES } from '../../../../tests/peers/trickyTitles'
import type { PublicationRecord } from '@shared/publish/Publish'
import type { GitPreset } from '@shared/sites/targets'
import { GitTarget } from './GitTarget'

const TOKEN = 'ssg-token-51e0'
/** Text a typographer would change: the site must show it as typed. */
const TYPED = 'Know the enemy---- then act. 2010--2020, wait... "quoted" -- done.'
const NOW = new Date('2026-06-01T12:00:00Z')
const TRICKY = [
  TRICKY_TITLES[0],
  TRICKY_TITLES[1],
  TRICKY_TITLES[2],
  TRICKY_TITLES[5],
  TRICKY_TITLES[6],
].map(String)

let server: GitServer
const cleanup: string[] = []

beforeAll(async () => {
  server = await startGitServer([{ username: 'editor', password: TOKEN }])
})
afterAll(async () => {
  await server.close()
  for (const dir of cleanup) rmSync(dir, { recursive: true, force: true })
})

/** Publishes the news article (cover + body image) and the tricky titles; returns records. */
async function publishAll(preset: GitPreset, files: Record<string, string>) {
  const name = `${preset}-site.git`
  const bare = seedRepo(server, name, files)
  const cacheDir = mkdtempSync(join(tmpdir(), 'copydesk-git-cache-'))
  cleanup.push(cacheDir)
  const target = new GitTarget({ cacheDir, now: () => NOW })
  const site = gitSite(server.url(name), preset)
  const images = [pngAsset(11, 'The new terminal at dawn'), pngAsset(12, 'Cover')]
  const article = newsArticle(
    {
      title: 'Terminal opens: "a new era"',
      slug: 'terminal-opens',
      category: 'News',
      tags: ['ports', 'energy'],
      publishDate: '2026-05-04T08:00:00Z',
      featuredImage: { src: `asset:${images[1]?.name}`, alt: 'The quay at night' },
      author: 'Ana Silva',
    },
    images.slice(0, 1),
    `The harbour opened its new terminal this morning. ${TYPED}`,
  )
  const main = await target.publish(
    publishContext({ site, article, assets: images, secrets: { token: TOKEN } }),
  )
  const tricky: [string, PublicationRecord][] = []
  for (const [i, title] of TRICKY.entries()) {
    const post = newsArticle({
      id: `art-${i}99`,
      title,
      slug: `tricky-${i}`,
      tags: [title],
      publishDate: '2026-05-05T08:00:00Z',
    })
    tricky.push([
      title,
      await target.publish(publishContext({ site, article: post, secrets: { token: TOKEN } })),
    ])
  }
  const work = checkout(bare)
  cleanup.push(work)
  return { work, main, tricky, images }
}

function page(out: string, url: string | null): ReturnType<typeof load> {
  // As a web server does: the percent-encoded address names the file on disk.
  const path = decodeURIComponent(new URL(url ?? '').pathname)
  const file = join(out, path.endsWith('/') ? `${path}index.html` : path)
  expect(existsSync(file), file).toBe(true)
  return load(readFileSync(file, 'utf8'))
}

describe('published repositories build', { timeout: 60_000 }, () => {
  test('Hugo builds the post with title, body, images, category and tags', async () => {
    const { work, main, tricky, images } = await publishAll('hugo', HUGO_SITE)
    const out = buildHugo(work)
    cleanup.push(out)
    const $ = page(out, main.url)
    expect($('h1.title').text()).toBe('Terminal opens: "a new era"')
    expect($('article').text()).toContain('The harbour opened its new terminal this morning.')
    expect($('article').text().replace(/[“”]/g, '"')).toContain(TYPED)
    expect($('article img').attr('src')).toBe(`/images/${images[0]?.name}`)
    expect($('article img').attr('alt')).toBe('The new terminal at dawn')
    expect($('img.cover').attr('src')).toBe(`/images/${images[1]?.name}`)
    expect($('img.cover').attr('alt')).toBe('The quay at night')
    expect($('.author').text()).toBe('Ana Silva')
    expect(existsSync(join(out, 'images', images[0]?.name ?? ''))).toBe(true)
    expect($('.categories li').text()).toBe('News')
    expect(
      $('.tags li')
        .map((_, li) => $(li).text())
        .get(),
    ).toEqual(['ports', 'energy'])
    for (const [title, record] of tricky) {
      expect(page(out, record.url)('h1.title').text(), title).toBe(title)
    }
  })

  test('Jekyll builds the post with title, body, images, category and tags', async () => {
    const { work, main, tricky, images } = await publishAll('jekyll', JEKYLL_SITE)
    expect(main.url).toBe('https://news.example.com/news/2026/05/04/terminal-opens.html')
    const out = buildJekyll(work)
    cleanup.push(out)
    const $ = page(out, main.url)
    expect($('h1.title').text()).toBe('Terminal opens: "a new era"')
    expect($('article').text()).toContain('The harbour opened its new terminal this morning.')
    expect($('article').text().replace(/[“”]/g, '"')).toContain(TYPED)
    expect($('article img').attr('src')).toBe(`/assets/images/${images[0]?.name}`)
    expect($('img.cover').attr('src')).toBe(`/assets/images/${images[1]?.name}`)
    expect($('img.cover').attr('alt')).toBe('The quay at night')
    expect($('.author').text()).toBe('Ana Silva')
    expect(existsSync(join(out, 'assets', 'images', images[0]?.name ?? ''))).toBe(true)
    expect($('.categories li').text()).toBe('News')
    expect(
      $('.tags li')
        .map((_, li) => $(li).text())
        .get(),
    ).toEqual(['ports', 'energy'])
    for (const [title, record] of tricky) {
      expect(page(out, record.url)('h1.title').text(), title).toBe(title)
    }
  })

  test('Jekyll: the recorded URL serves the post for any category, and redirect_from serves the old one', async () => {
    const name = 'jekyll-categories.git'
    const bare = seedRepo(server, name, JEKYLL_SITE)
    const cacheDir = mkdtempSync(join(tmpdir(), 'copydesk-git-cache-'))
    cleanup.push(cacheDir)
    const target = new GitTarget({ cacheDir, now: () => NOW })
    const site = gitSite(server.url(name), 'jekyll')
    const categories = ['Industry Insights', 'Économie Durable', 'R&D News', 'Ports']
    const records: [string, PublicationRecord][] = []
    for (const [i, category] of categories.entries()) {
      const post = newsArticle({
        id: `cat-${i}00`,
        title: `Post in ${category}`,
        slug: `post-${i}`,
        slugLocked: true,
        category,
        publishDate: '2026-05-06T08:00:00Z',
      })
      records.push([
        category,
        await target.publish(publishContext({ site, article: post, secrets: { token: TOKEN } })),
      ])
    }
    expect(records[0]?.[1].url).toBe(
      'https://news.example.com/industry%20insights/2026/05/06/post-0.html',
    )
    // A slug change: the post moves, and its old address must keep working.
    const [, first] = records[0] ?? []
    const moved = newsArticle({
      id: 'cat-000',
      title: 'Post in Industry Insights',
      slug: 'post-0-renamed',
      slugLocked: true,
      category: 'Industry Insights',
      publishDate: '2026-05-06T08:00:00Z',
    })
    const renamed = await target.publish(
      publishContext({ site, article: moved, secrets: { token: TOKEN }, record: first ?? null }),
    )
    const work = checkout(bare)
    cleanup.push(work)
    const out = buildJekyll(work)
    cleanup.push(out)
    for (const [category, record] of records.slice(1)) {
      expect(page(out, record.url)('h1.title').text(), category).toBe(`Post in ${category}`)
      expect(page(out, record.url)('.categories li').text()).toBe(category)
    }
    expect(page(out, renamed.url)('h1.title').text()).toBe('Post in Industry Insights')
    const redirect = page(out, first?.url ?? null)
    expect(redirect('meta[http-equiv=refresh]').attr('content')).toContain(
      new URL(renamed.url ?? '').pathname,
    )
  })
})
