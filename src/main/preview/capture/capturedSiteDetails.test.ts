import { load, type CheerioAPI } from 'cheerio'
import { mkdtemp, readFile, rm } from 'node:fs/promises'
import { tmpdir } from 'node:os'
import { join } from 'node:path'
import { afterAll, beforeAll, describe, expect, it } from 'vitest'
import { startFixtureSite } from '../../../../tests/peers/fixtureSite/startFixtureSite'
import { PREVIEW_POLICY } from '../theme/previewPolicy'
import { renderThemedPage } from '../theme/renderThemedPage'
import { ThemeEngine } from '../theme/ThemeEngine'
import type { ThemeVariables } from '../theme/ThemeVariables'
import { captureTheme } from './captureTheme'

let dest: string
let template: CheerioAPI

beforeAll(async () => {
  const site = await startFixtureSite()
  dest = await mkdtemp(join(tmpdir(), 'copydesk-captured-details-'))
  try {
    // No selector: the body, the category line and the date are found on the page itself.
    await captureTheme({ url: `${site.origin}/news/industry-insight.html`, destDir: dest })
  } finally {
    await site.stop()
  }
  template = load(await readFile(join(dest, 'article.liquid'), 'utf8'))
})

afterAll(async () => {
  await rm(dest, { recursive: true, force: true })
})

/** A draft in another category than the captured page, dated in spring 2026. */
const variables: Omit<ThemeVariables, 'content'> = {
  site: { name: 'Northwind Group', url: 'https://northwind.example.com', navigation: [] },
  article: {
    title: 'Rail freight doubles',
    slug: 'rail-freight-doubles',
    excerpt: '',
    author: '',
    date: '2026-04-01T09:00:00.000Z',
    date_formatted: 'April 1, 2026',
    category: 'Company News',
    tags: [],
    featured_image: null,
    seo_title: '',
    seo_description: '',
    reading_minutes: 1,
  },
  category: 'Company News',
  breadcrumb: [
    { label: 'Home', url: 'https://northwind.example.com/' },
    { label: 'Company News', url: 'https://northwind.example.com/category/company-news/' },
  ],
  tags: [],
  featured_image: null,
  theme_url: '/themes/northwind',
}

async function rendered(): Promise<CheerioAPI> {
  const page = await renderThemedPage(
    new ThemeEngine(),
    dest,
    variables,
    '<p>Rail freight doubled.</p>',
    PREVIEW_POLICY,
  )
  if (!page.ok) throw new Error(page.error.message)
  return load(page.finish())
}

describe('a captured corporate page, without selectors', () => {
  it('keeps the text container’s class, so the site’s line height and spacing apply', async () => {
    expect(template('.insight-text.cd-body').text()).toBe('{{ content | raw }}')
    const $ = await rendered()
    expect($('.insight-text.cd-body').html()).toBe('<p>Rail freight doubled.</p>')
  })

  it('makes the category line above the title a slot that shows the draft’s category', async () => {
    const $ = await rendered()
    expect($('.kicker.cd-category').text()).toBe('Company News')
    expect($.text()).not.toContain('Industry Insights')
  })

  it('links the category the way the site does', async () => {
    const $ = await rendered()
    expect($('.kicker a').attr('href')).toBe('/insights/company-news/')
    expect($('.breadcrumbs a').last().attr('href')).toBe('/insights/company-news/')
  })

  it('writes the date the way the site does', async () => {
    const $ = await rendered()
    expect($('time.cd-date').text()).toBe('2026-04-01')
    expect($('time.cd-date').attr('datetime')).toBe('2026-04-01T09:00:00.000Z')
  })

  it('keeps the breadcrumb’s own words before the links', async () => {
    const $ = await rendered()
    expect($('.breadcrumbs').text().replace(/\s+/g, ' ').trim()).toBe(
      'You are here: Home / Company News',
    )
  })
})
