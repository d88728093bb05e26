import { load } from 'cheerio'
import { mkdtemp, rm } from 'node:fs/promises'
import { tmpdir } from 'node:os'
import { join } from 'node:path'
import { afterAll, beforeAll, expect, it } from 'vitest'
import { startFixtureSite } from '../../../../tests/peers/fixtureSite/startFixtureSite'
import { PREVIEW_POLICY } from '../theme/previewPolicy'
import { renderThemedPage } from '../theme/renderThemedPage'
import { ThemeEngine } from '../theme/ThemeEngine'
import type { ThemeVariables } from '../theme/ThemeVariables'
import { captureTheme } from './captureTheme'

let dest: string

beforeAll(async () => {
  const site = await startFixtureSite()
  dest = await mkdtemp(join(tmpdir(), 'copydesk-captured-preview-'))
  try {
    await captureTheme({ url: `${site.origin}/news/2026/quarterly-results.html`, destDir: dest })
  } finally {
    await site.stop()
  }
})

afterAll(async () => {
  await rm(dest, { recursive: true, force: true })
})

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
    tags: [],
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
  tags: [],
  featured_image: null,
  theme_url: '/themes/northwind',
}

it('renders through the preview theme engine with the site offline', async () => {
  const page = await renderThemedPage(
    new ThemeEngine(),
    dest,
    variables,
    '<p>The new plant opened today.</p>',
    PREVIEW_POLICY,
  )
  if (!page.ok) throw new Error(page.error.message)
  const $ = load(page.finish())
  expect($('.cd-title').text()).toBe('Leeds plant opens')
  expect($('.cd-category').text()).toBe('Company news')
  expect(
    $('.cd-breadcrumb a')
      .map((_, a) => $(a).text())
      .get(),
  ).toEqual(['Home', 'Company news'])
  expect($('.cd-body').html()).toBe('<p>The new plant opened today.</p>')
  expect($('link[rel=stylesheet]').first().attr('href')).toMatch(
    /^\/themes\/northwind\/assets\/[0-9a-f]{20}\.css$/,
  )
})
