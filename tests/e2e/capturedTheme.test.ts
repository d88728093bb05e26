import { readFile, mkdtemp, rm } from 'node:fs/promises'
import { createServer, type Server } from 'node:http'
import { tmpdir } from 'node:os'
import { basename, extname, join } from 'node:path'
import { chromium, type Browser } from 'playwright-core'
import { afterAll, beforeAll, expect, it } from 'vitest'
import { captureTheme } from '../../src/main/preview/capture/captureTheme'
import { PREVIEW_POLICY } from '../../src/main/preview/theme/previewPolicy'
import { renderThemedPage } from '../../src/main/preview/theme/renderThemedPage'
import { ThemeEngine } from '../../src/main/preview/theme/ThemeEngine'
import type { ThemeVariables } from '../../src/main/preview/theme/ThemeVariables'
import { startFixtureSite } from '../peers/fixtureSite/startFixtureSite'

const CHROMIUM = process.env.COPYDESK_CHROMIUM ?? '/usr/bin/chromium'
const TYPES: Record<string, string> = {
  '.css': 'text/css',
  '.png': 'image/png',
  '.svg': 'image/svg+xml',
  '.ttf': 'font/ttf',
  '.woff2': 'font/woff2',
}

let dest: string
let fixtureOrigin: string
let server: Server
let origin: string
let browser: Browser

const variables: Omit<ThemeVariables, 'content'> = {
  site: { name: 'Northwind News', url: 'https://news.example.com', navigation: [] },
  article: {
    title: 'Leeds plant opens',
    slug: 'leeds-plant-opens',
    excerpt: '',
    author: 'Ana Ruiz',
    date: '2026-04-01T09:00:00.000Z',
    date_formatted: '1 April 2026',
    category: 'Company news',
    tags: ['Leeds'],
    featured_image: null,
    seo_title: '',
    seo_description: '',
    reading_minutes: 1,
  },
  category: 'Company news',
  breadcrumb: [
    { label: 'Home', url: 'https://news.example.com/' },
    { label: 'Company news', url: 'https://news.example.com/news/' },
  ],
  tags: ['Leeds'],
  featured_image: null,
  theme_url: '/themes/northwind',
}

beforeAll(async () => {
  const site = await startFixtureSite()
  fixtureOrigin = site.origin
  dest = await mkdtemp(join(tmpdir(), 'copydesk-captured-chromium-'))
  try {
    await captureTheme({ url: `${site.origin}/news/2026/quarterly-results.html`, destDir: dest })
  } finally {
    await site.stop()
  }
  const page = await renderThemedPage(
    new ThemeEngine(),
    dest,
    variables,
    '<p>The new plant opened today.</p>',
    PREVIEW_POLICY,
  )
  if (!page.ok) throw new Error(page.error.message)
  const html = page.finish()
  server = createServer((req, res) => {
    const path = req.url ?? '/'
    if (path === '/preview') {
      res.writeHead(200, { 'content-type': 'text/html; charset=utf-8' })
      return void res.end(html)
    }
    const name = basename(path)
    if (!path.startsWith('/themes/northwind/assets/') || !TYPES[extname(name)]) {
      res.writeHead(404)
      return void res.end()
    }
    void readFile(join(dest, 'assets', name)).then(
      (body) => {
        res.writeHead(200, { 'content-type': TYPES[extname(name)] ?? '' })
        res.end(body)
      },
      () => {
        res.writeHead(404)
        res.end()
      },
    )
  })
  await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', () => resolve()))
  const address = server.address()
  origin = `http://127.0.0.1:${address && typeof address === 'object' ? address.port : 0}`
  browser = await chromium.launch({ executablePath: CHROMIUM, headless: true })
})

afterAll(async () => {
  await browser?.close()
  await new Promise<void>((resolve) => (server ? server.close(() => resolve()) : resolve()))
  await rm(dest, { recursive: true, force: true })
})

it('shows the captured page in Chromium with its styles and fonts, the site offline', async () => {
  const page = await browser.newPage()
  const requests: string[] = []
  const failed: string[] = []
  const problems: string[] = []
  page.on('request', (request) => requests.push(request.url()))
  page.on('requestfailed', (request) => failed.push(request.url()))
  page.on('console', (message) => {
    if (message.type() === 'error') problems.push(message.text())
  })
  await page.goto(`${origin}/preview`)
  await page.evaluate(() => document.fonts.ready)

  expect(await page.textContent('.cd-title')).toBe('Leeds plant opens')
  expect(await page.textContent('.cd-body')).toBe('The new plant opened today.')
  expect(await page.textContent('.cd-breadcrumb')).toContain('Company news')
  const look = await page.evaluate(() => ({
    category: getComputedStyle(document.querySelector('.cd-category a') as Element).color,
    pattern: getComputedStyle(document.querySelector('.masthead') as Element).backgroundImage,
    serif: [...document.fonts].find((font) => font.family.includes('Northwind Serif'))?.status,
  }))
  expect(look).toEqual({
    category: 'rgb(122, 16, 32)',
    pattern: expect.stringMatching(/^url\(".*\/themes\/northwind\/assets\/[0-9a-f]{20}\.png"\)$/),
    serif: 'loaded',
  })
  expect(requests.filter((url) => !url.startsWith(origin))).toEqual([])
  expect(requests.some((url) => url.startsWith(fixtureOrigin))).toBe(false)
  expect(failed).toEqual([])
  expect(problems).toEqual([])
  await page.close()
})
