import { mkdir, readFile, writeFile } from 'node:fs/promises'
import { createServer, type Server } from 'node:http'
import type { AddressInfo } from 'node:net'
import { join } from 'node:path'
import { load } from 'cheerio'
import { afterEach, beforeEach, describe, expect, it } from 'vitest'
import type { SiteDraft } from '@shared/sites/SiteProfile'
import { REVIEW_COPY_POLICY } from '../theme/previewPolicy'
import { doc, paragraph, PNG, previewFixture, type PreviewFixture } from '../testing/previewFixture'

const draft: SiteDraft = {
  name: 'Harbour News',
  url: 'https://news.example.com/',
  categories: [],
  navigation: [{ label: 'About', url: '/about/' }],
  theme: { kind: 'builtin', id: 'newsroom' },
  target: null,
}

/** Every URL the page would load: src, link href, srcset, poster, and url() in CSS. */
function loadedUrls(html: string): string[] {
  const $ = load(html)
  const urls: string[] = []
  $('[src]').each((_, el) => void urls.push($(el).attr('src') ?? ''))
  $('link[href]').each((_, el) => void urls.push($(el).attr('href') ?? ''))
  $('[srcset], [poster], [background]').each(() => void urls.push('srcset/poster'))
  for (const match of html.matchAll(/url\(\s*(?:["']|&quot;)?([^"')&]*)/gi))
    urls.push(match[1] ?? '')
  return urls
}

describe('review copy', () => {
  let fx: PreviewFixture
  let exportsDir: string
  let cancel: boolean

  beforeEach(async () => {
    cancel = false
    fx = await previewFixture({
      chooseSavePath: async (name) => (cancel ? null : join(exportsDir, name)),
      printToPdf: async (html) => new TextEncoder().encode(`%PDF-1.7 ${html.length}`),
    })
    exportsDir = join(fx.dir, 'exports')
    await mkdir(exportsDir)
  })
  afterEach(async () => {
    await fx.close()
  })

  /** An article with a body image and a featured image, written for the given site. */
  async function article(siteId: string | null): Promise<string> {
    const { meta } = await fx.library.create({ title: 'Harbour <expansion>' })
    const asset = await fx.library.importAsset({
      articleId: meta.id,
      fileName: 'cranes.png',
      mimeType: 'image/png',
      bytes: PNG,
    })
    await fx.library.save(
      {
        id: meta.id,
        meta: {
          slug: 'harbour-expansion',
          category: 'Industry Insights',
          featuredImage: { src: asset.src, alt: 'The quay' },
          siteId,
        },
        doc: doc(paragraph('The quay opens in spring.'), {
          type: 'image',
          attrs: { src: asset.src, alt: 'Cranes' },
        }),
      },
      'Ines',
    )
    return meta.id
  }

  it('is one self-contained file: styles inline, images and logo as data: URIs', async () => {
    const site = await fx.sites.create(draft)
    const articleId = await article(site.id)
    const html = await fx.preview.reviewCopyHtml({ articleId, siteId: site.id })
    const $ = load(html)

    expect(loadedUrls(html).length).toBeGreaterThan(3)
    for (const url of loadedUrls(html)) expect(url).toMatch(/^data:/)
    expect($('link')).toHaveLength(0)
    expect($('style').text()).toContain('.nr-title')
    expect($('.nr-logo').attr('src')).toMatch(/^data:image\/svg\+xml;base64,/)
    expect($('.cd-body img').attr('src')).toBe(`data:image/png;base64,${PNG.toString('base64')}`)
    expect($('.cd-featured img').attr('src')).toMatch(/^data:image\/png;base64,/)
    expect($('head meta[http-equiv="Content-Security-Policy"]').attr('content')).toBe(
      REVIEW_COPY_POLICY,
    )
    expect($('script')).toHaveLength(0)
    expect($('.cd-title').text()).toBe('Harbour <expansion>')
    expect($('.cd-breadcrumb').text().replace(/\s+/g, ' ').trim()).toBe('Home > Industry Insights')
    expect($('.cd-review-banner').text()).toMatch(
      /^Review copy — Harbour <expansion> — exported November 29, 2026/,
    )
    // Site-relative links point at the public site; nothing points back into the app.
    expect($('.nr-nav a').attr('href')).toBe('https://news.example.com/about/')
    $('a[href]').each((_, el) => expect($(el).attr('href')).toMatch(/^(https:|#)/))
  })

  it('folds @import chains and fonts into the page', async () => {
    const site = await fx.sites.create(draft)
    const themeDir = await fx.sites.themeDir(site.id)
    await mkdir(join(themeDir, 'assets', 'fonts'), { recursive: true })
    await writeFile(join(themeDir, 'assets', 'fonts', 'serif.woff2'), 'wOF2fake')
    await writeFile(
      join(themeDir, 'assets', 'type.css'),
      '@font-face { font-family: S; src: url("fonts/serif.woff2") format("woff2"), url(https://cdn.example.com/s.woff) }\n.cd-title { font-family: S }',
    )
    await writeFile(
      join(themeDir, 'assets', 'main.css'),
      '@import "type.css" screen;\n@import url(missing.css);\nbody { background: url(../assets/fonts/none.png) }',
    )
    await writeFile(
      join(themeDir, 'article.liquid'),
      '<html><head><link rel="stylesheet" href="{{ theme_url }}/assets/main.css"></head><body><h1 class="cd-title" style="background-image: url(\'{{ theme_url }}/assets/fonts/serif.woff2\')">{{ article.title }}</h1><div class="cd-body">{{ content | raw }}</div></body></html>',
    )
    const articleId = await article(site.id)
    const html = await fx.preview.reviewCopyHtml({ articleId, siteId: site.id })
    const css = load(html)('style').text()

    expect(css).toContain('@media screen')
    expect(css).toContain(
      `url("data:font/woff2;base64,${Buffer.from('wOF2fake').toString('base64')}")`,
    )
    expect(css).not.toContain('@import')
    expect(css).not.toContain('cdn.example.com')
    expect(load(html)('.cd-title').attr('style')).toContain('url("data:font/woff2;base64,')
    for (const url of loadedUrls(html)) expect(url).toMatch(/^data:/)
  })

  it('saves the file where the person chooses, and nothing when they cancel', async () => {
    const articleId = await article(null)
    const saved = await fx.preview.exportReviewCopy({ articleId, siteId: null })
    expect(saved).toEqual({ path: join(exportsDir, 'harbour-expansion-review.html') })
    expect(await readFile(saved?.path ?? '', 'utf8')).toContain('The quay opens in spring.')

    cancel = true
    expect(await fx.preview.exportReviewCopy({ articleId, siteId: null })).toBeNull()
  })

  it('prints the review copy to a PDF file', async () => {
    const articleId = await article(null)
    const saved = await fx.preview.exportPdf({ articleId, siteId: null })
    expect(saved).toEqual({ path: join(exportsDir, 'harbour-expansion.pdf') })
    expect((await readFile(saved?.path ?? '')).subarray(0, 5).toString()).toBe('%PDF-')
  })

  it('refuses to export when the theme is broken, saying where', async () => {
    const site = await fx.sites.create(draft)
    await writeFile(join(await fx.sites.themeDir(site.id), 'article.liquid'), '\n{% if %}')
    const articleId = await article(site.id)
    await expect(fx.preview.exportReviewCopy({ articleId, siteId: site.id })).rejects.toMatchObject(
      { code: 'refused', message: expect.stringContaining('line 2') },
    )
  })

  it('never fetches a web image: it stays out of the copy until downloaded into the article', async () => {
    const requests: string[] = []
    const server: Server = createServer((req, res) => {
      requests.push(req.url ?? '')
      res.writeHead(200, { 'Content-Type': 'image/png' }).end(PNG)
    })
    await new Promise<void>((done) => server.listen(0, '127.0.0.1', done))
    const origin = `http://127.0.0.1:${(server.address() as AddressInfo).port}`
    try {
      const { meta } = await fx.library.create({ title: 'Remote images' })
      await fx.library.save(
        {
          id: meta.id,
          doc: doc(
            {
              type: 'image',
              attrs: { src: `${origin}/p.gif?draft=1`, alt: 'Beacon', caption: 'Caption stays.' },
            },
            paragraph('Words stay.'),
          ),
        },
        'Ines',
      )
      const html = await fx.preview.reviewCopyHtml({ articleId: meta.id, siteId: null })
      expect(load(html)('.cd-body').text()).toContain('Words stay.')
      expect(load(html)('.cd-body figcaption').text()).toBe('Caption stays.')
      expect(requests).toEqual([])
      for (const url of loadedUrls(html)) expect(url).toMatch(/^data:/)
    } finally {
      server.close()
    }
  })
})
