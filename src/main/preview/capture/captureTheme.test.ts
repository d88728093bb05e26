import { load } from 'cheerio'
import { existsSync } from 'node:fs'
import { mkdtemp, readdir, readFile, rm } from 'node:fs/promises'
import { createServer } from 'node:http'
import { tmpdir } from 'node:os'
import { join } from 'node:path'
import { Liquid } from 'liquidjs'
import { afterAll, beforeAll, describe, expect, it } from 'vitest'
import { applyLanguage } from '@shared/i18n/i18n'
import {
  startFixtureSite,
  type FixtureSite,
} from '../../../../tests/peers/fixtureSite/startFixtureSite'
import {
  CAPTURED_CSP,
  captureTheme,
  type CaptureProgress,
  type CaptureResult,
} from './captureTheme'

const ARTICLE = '/news/2026/quarterly-results.html'
let site: FixtureSite
let dest: string
let result: CaptureResult
let captureMs = 0
const progress: CaptureProgress[] = []
const folders: string[] = []

async function emptyFolder(): Promise<string> {
  const folder = await mkdtemp(join(tmpdir(), 'copydesk-capture-'))
  folders.push(folder)
  return folder
}

async function readTheme(folder: string): Promise<{ template: string; css: string[] }> {
  const template = await readFile(join(folder, 'article.liquid'), 'utf8')
  const names = await readdir(join(folder, 'assets'))
  const css = await Promise.all(
    names
      .filter((name) => name.endsWith('.css'))
      .map((name) => readFile(join(folder, 'assets', name), 'utf8')),
  )
  return { template, css }
}

const sample = {
  site: { name: 'Northwind News', url: 'https://news.example.com', navigation: [] },
  article: {
    title: 'Plant in Leeds opens',
    date: '2026-04-01',
    date_formatted: '1 April 2026',
    tags: ['Leeds', 'Results'],
    featured_image: null,
  },
  content: '<p>First paragraph of the new article.</p>',
  category: 'Company news',
  tags: ['Leeds', 'Results'],
  breadcrumb: [
    { label: 'Home', url: '/' },
    { label: 'Company news', url: '/news/' },
  ],
  theme_url: 'theme://northwind',
}

beforeAll(async () => {
  site = await startFixtureSite()
  dest = await emptyFolder()
  const started = performance.now()
  result = await captureTheme({
    url: site.origin + ARTICLE,
    destDir: dest,
    onProgress: (step) => progress.push(step),
  })
  captureMs = performance.now() - started
})

afterAll(async () => {
  await site.stop()
  await Promise.all(folders.map((folder) => rm(folder, { recursive: true, force: true })))
})

describe('captureTheme on the fixture news article', () => {
  it('writes theme.json, the template and every asset once', async () => {
    const theme = JSON.parse(await readFile(join(dest, 'theme.json'), 'utf8')) as Record<
      string,
      string
    >
    expect(theme).toMatchObject({
      name: 'Northwind News',
      template: 'article.liquid',
      source: site.origin + ARTICLE,
    })
    expect(Number.isNaN(Date.parse(theme.capturedAt ?? ''))).toBe(false)
    const assets = await readdir(join(dest, 'assets'))
    expect(assets.filter((name) => /\.(woff2|ttf)$/.test(name))).toHaveLength(2)
    expect(assets.filter((name) => name.endsWith('.png'))).toHaveLength(6)
    expect(assets.filter((name) => name.endsWith('.svg'))).toHaveLength(1)
    const downloads = site.requests.filter((path) => path !== ARTICLE)
    expect(new Set(downloads).size).toBe(downloads.length)
    expect(result.assetCount).toBe(assets.length)
    expect(progress.at(-1)).toEqual({ stored: assets.length, failed: 2 })
    console.info(
      `capture of the fixture article: ${Math.round(captureMs)} ms, ${assets.length} files`,
    )
  })

  it('points every stylesheet, font and image at the local copy', async () => {
    const { template, css } = await readTheme(dest)
    const $ = load(template)
    const references = [
      ...$('[src]')
        .map((_, el) => $(el).attr('src'))
        .get(),
      ...$('[srcset]')
        .map((_, el) => $(el).attr('srcset'))
        .get(),
      ...$('link')
        .map((_, el) => $(el).attr('href'))
        .get(),
      ...$('[style]')
        .map((_, el) => $(el).attr('style'))
        .get(),
    ]
    expect(references.length).toBeGreaterThan(8)
    for (const reference of references.filter((value) => !value.includes('featured_image')))
      expect(reference).toMatch(/\{\{ theme_url \}\}\/assets\/[0-9a-f]{20}\.\w+/)
    for (const sheet of css) expect(sheet).not.toMatch(/https?:|\/\/|%ORIGIN%/)
    expect(css.join('\n')).toMatch(/url\("[0-9a-f]{20}\.woff2"\)/)
    expect(template).not.toContain('127.0.0.1:' + new URL(site.origin).port + '/img')
  })

  it('follows the @import chain and drops the import that loops back', async () => {
    const { css } = await readTheme(dest)
    const imports = css.flatMap((sheet) => [
      ...sheet.matchAll(/@import url\("([0-9a-f]{20}\.css)"\)/g),
    ])
    expect(imports).toHaveLength(2)
    for (const match of imports) expect(existsSync(join(dest, 'assets', match[1] ?? ''))).toBe(true)
    expect(site.requests.filter((path) => path === '/css/fonts.css')).toHaveLength(1)
  })

  it('removes scripts, handlers, script URLs and embedded documents', async () => {
    const { template, css } = await readTheme(dest)
    const $ = load(template)
    expect($('script, noscript, iframe, base, meta[http-equiv=refresh]').length).toBe(0)
    const attributes = $('*')
      .toArray()
      .flatMap((el) => ('attribs' in el ? Object.entries(el.attribs) : []))
    expect(attributes.filter(([name]) => name.startsWith('on'))).toEqual([])
    expect(attributes.filter(([, value]) => /javascript:/i.test(value))).toEqual([])
    expect($('form').attr('action')).toBeUndefined()
    expect(css.join('\n')).not.toMatch(/expression|behavior|-moz-binding|javascript/i)
    const icon = $('svg.icon use').first().attr('href') ?? ''
    expect(icon).toMatch(/^\{\{ theme_url \}\}\/assets\/[0-9a-f]{20}\.svg#search$/)
    expect($('svg.icon use').last().attr('href')).toBe('#local')
    const svg = await readFile(join(dest, 'assets', icon.slice(23, -7)), 'utf8')
    expect(svg).toContain('<symbol id="search"')
    expect(svg).not.toMatch(/script|onload/)
    expect(site.requests).not.toContain('/js/app.js')
    expect($('meta[http-equiv="Content-Security-Policy"]').attr('content')).toBe(CAPTURED_CSP)
  })

  it('turns title, body, category, breadcrumb and date into slots', async () => {
    const $ = load((await readTheme(dest)).template)
    expect($('h1.cd-title').text()).toBe('{{ article.title }}')
    expect($('.story-body.cd-body').text()).toBe('{{ content | raw }}')
    expect($('.category.cd-category a').text()).toBe('{{ category }}')
    expect($('.cd-breadcrumb ol').text()).toContain('{% for crumb in breadcrumb %}')
    expect($('time.cd-date').text()).toBe('{{ article.date | date: "%-d %B %Y" }}')
    expect($('title').text()).toBe('{{ article.title }} – {{ site.name }}')
    expect($('figure.hero.cd-featured img').attr('src')).toBe('{{ featured_image.url }}')
    expect($('img.lazy').attr('src')).toMatch(/^\{\{ theme_url \}\}\/assets\/[0-9a-f]{20}\.png$/)
    expect($('img.lazy').attr('data-src')).toBeUndefined()
    expect(site.requests).not.toContain('/img/in-body.png')
    expect(site.requests).not.toContain('/img/lead-photo.png')
  })

  it('warns about the stylesheet that failed and the missing image, and goes on', () => {
    expect(result.warnings).toContainEqual(
      expect.stringMatching(/broken\.css could not be downloaded \(answered 500/),
    )
    expect(result.warnings).toContainEqual(
      expect.stringMatching(/missing\.png could not be downloaded \(answered 404/),
    )
  })

  it('keeps the page’s own Liquid-looking text as text', async () => {
    const html = await new Liquid({ outputEscape: 'escape' }).parseAndRender(
      (await readTheme(dest)).template,
      sample,
    )
    expect(load(html)('.site-footer').text()).toContain(
      "{{ article.title }} and {% include 'secrets' %}",
    )
  })
})

describe('captureTheme on other pages', () => {
  it('finds the body of a page without article or main by its largest text block', async () => {
    const folder = await emptyFolder()
    await captureTheme({ url: `${site.origin}/news/plain-update.html`, destDir: folder })
    const $ = load((await readTheme(folder)).template)
    expect($('.col-text .cd-body').text()).toBe('{{ content | raw }}')
    expect($('.col-text h1.cd-title').length).toBe(1)
    expect($.text()).not.toContain('three hundred people')
    expect($('.col-side').text()).toContain('Subscribe')
  })

  it('carves the text out of a wrapper that also holds the title, and loops a plain breadcrumb', async () => {
    const folder = await emptyFolder()
    const { warnings } = await captureTheme({
      url: `${site.origin}/news/blog-post.html`,
      destDir: folder,
    })
    const template = (await readTheme(folder)).template
    const $ = load(template)
    expect($('.post-wrap > .cd-body').text()).toBe('{{ content | raw }}')
    expect($.text()).not.toContain('engineers write')
    expect($('.related').text()).toContain('Related posts')
    expect($('h2.entry-title').hasClass('cd-title')).toBe(true)
    expect($('.site-logo').text()).toBe('Northwind')
    expect($('.entry-meta .entry-date.cd-date').text()).toBe(
      '{{ article.date | date: "%-d %B %Y" }}',
    )
    expect(warnings).toEqual([
      'No lead image found next to the title; the featured image is not shown.',
      'No tag list found; the preview shows none.',
    ])
    const html = await new Liquid({ outputEscape: 'escape' }).parseAndRender(template, sample)
    const crumbs = load(html)('.cd-breadcrumb')
    expect(crumbs.text()).toBe('Home » Company news')
    expect(crumbs.find('.cd-category').text()).toBe('Company news')
  })

  it('uses the selector it is given and names one that matches nothing', async () => {
    const folder = await emptyFolder()
    await captureTheme({
      url: `${site.origin}/news/plain-update.html`,
      selector: '#bottom',
      destDir: folder,
    })
    expect(load((await readTheme(folder)).template)('#bottom.cd-body').length).toBe(1)
    await expect(
      captureTheme({
        url: `${site.origin}${ARTICLE}`,
        selector: '.article-text',
        destDir: await emptyFolder(),
      }),
    ).rejects.toThrow('The selector “.article-text” matches nothing on that page.')
    await expect(
      captureTheme({
        url: `${site.origin}${ARTICLE}`,
        selector: 'div[',
        destDir: await emptyFolder(),
      }),
    ).rejects.toThrow('“div[” is not a valid CSS selector.')
  })

  it('gives up on a page that does not answer, and on a stylesheet that does not, goes on', async () => {
    const host = new URL(site.origin).host
    await expect(
      captureTheme({
        url: `${site.origin}/slow/page.html`,
        destDir: await emptyFolder(),
        timeoutMs: 300,
      }),
    ).rejects.toThrow(`${host} did not answer within 0.3 seconds.`)
    const started = performance.now()
    const { warnings } = await captureTheme({
      url: `${site.origin}/news/slow-styles.html`,
      destDir: await emptyFolder(),
      timeoutMs: 300,
    })
    expect(performance.now() - started).toBeLessThan(3_000)
    expect(warnings).toContainEqual(
      `The stylesheet ${site.origin}/slow/late.css could not be downloaded (${host} did not answer within 0.3 seconds); it was left out.`,
    )
  })

  it('stops following @import five levels deep and says so', async () => {
    const folder = await emptyFolder()
    const { warnings } = await captureTheme({
      url: `${site.origin}/news/deep-styles.html`,
      destDir: folder,
    })
    expect(warnings).toContain(
      'Stylesheets import each other more than 5 levels deep; deeper ones were left out.',
    )
    expect(site.requests).toContain('/css/deep-5.css')
    expect(site.requests).not.toContain('/css/deep-6.css')
    expect((await readTheme(folder)).css).toHaveLength(6)
  })

  it('follows a redirect to the article', async () => {
    const folder = await emptyFolder()
    await captureTheme({ url: `${site.origin}/old-article`, destDir: folder })
    const theme = JSON.parse(await readFile(join(folder, 'theme.json'), 'utf8')) as {
      source: string
    }
    expect(theme.source).toBe(site.origin + ARTICLE)
  })

  it('explains a missing page, an image address and a server that is not there', async () => {
    const capture = async (url: string): Promise<unknown> =>
      captureTheme({ url, destDir: await emptyFolder() })
    await expect(capture(`${site.origin}/news/gone.html`)).rejects.toThrow(
      'The page answered 404 Not Found.',
    )
    await expect(capture(`${site.origin}/img/logo.png`)).rejects.toThrow(
      'That address is not a web page (it is image/png).',
    )
    const closed = createServer()
    await new Promise<void>((resolve) => closed.listen(0, '127.0.0.1', () => resolve()))
    const address = closed.address()
    const port = address && typeof address === 'object' ? address.port : 0
    await new Promise<void>((resolve) => closed.close(() => resolve()))
    await expect(capture(`http://127.0.0.1:${port}/`)).rejects.toThrow('Could not reach 127.0.0.1.')
    await expect(capture(`${site.origin}/huge.html`)).rejects.toThrow(/is larger than 5 MB\.$/)
    await expect(capture('http://no-such-host.invalid/')).rejects.toThrow(
      'Could not reach no-such-host.invalid: no such address (check the spelling).',
    )
    await expect(capture('ftp://127.0.0.1/file')).rejects.toThrow(
      /starting with http:\/\/ or https:\/\//,
    )
  })
})

describe('captureTheme in German', () => {
  afterAll(() => applyLanguage('en', ['en-US']))

  it('says what it left out and why in German', async () => {
    applyLanguage('de', ['de-DE'])
    const page = await captureTheme({
      url: `${site.origin}${ARTICLE}`,
      destDir: await emptyFolder(),
    })
    expect(page.warnings).toContain(
      `Das Bild ${site.origin}/img/missing.png konnte nicht heruntergeladen werden (Antwort 404 Not Found); es wurde weggelassen.`,
    )
    const deep = await captureTheme({
      url: `${site.origin}/news/deep-styles.html`,
      destDir: await emptyFolder(),
    })
    expect(deep.warnings).toContain(
      'Stylesheets importieren einander über mehr als 5 Ebenen; tiefere wurden weggelassen.',
    )
    const blog = await captureTheme({
      url: `${site.origin}/news/blog-post.html`,
      destDir: await emptyFolder(),
    })
    expect(blog.warnings).toEqual([
      'Kein Aufmacherbild beim Titel gefunden; das Beitragsbild wird nicht gezeigt.',
      'Keine Schlagwortliste gefunden; die Vorschau zeigt keine.',
    ])
    await expect(
      captureTheme({ url: `${site.origin}/news/gone.html`, destDir: await emptyFolder() }),
    ).rejects.toThrow('Die Seite antwortete mit 404 Not Found.')
    await expect(
      captureTheme({
        url: `${site.origin}${ARTICLE}`,
        selector: '.article-text',
        destDir: await emptyFolder(),
      }),
    ).rejects.toThrow('Der Selektor „.article-text“ passt auf nichts auf dieser Seite.')
  })
})

describe('a captured theme with the site offline', () => {
  it('renders title, category, breadcrumb and body from local files only', async () => {
    await site.stop()
    const { template } = await readTheme(dest)
    const breadcrumb = [...sample.breadcrumb, { label: 'Bad link', url: 'javascript:alert(1)' }]
    const html = await new Liquid({ outputEscape: 'escape' }).parseAndRender(template, {
      ...sample,
      breadcrumb,
    })
    const $ = load(html)
    expect($('h1.cd-title').text()).toBe('Plant in Leeds opens')
    expect($('title').text()).toBe('Plant in Leeds opens – Northwind News')
    expect($('.cd-category').text()).toBe('Company news')
    expect($('time.cd-date').text()).toBe('1 April 2026')
    expect(
      $('.cd-breadcrumb li')
        .map((_, li) => $(li).text())
        .get(),
    ).toEqual(['Home', 'Company news', 'Bad link'])
    expect(
      $('.cd-breadcrumb a')
        .map((_, a) => $(a).attr('href'))
        .get(),
    ).toEqual(['/', '/news/'])
    expect($('.cd-body').html()).toBe('<p>First paragraph of the new article.</p>')
    expect($('.cd-tags').text()).toBe('Tagged: Leeds, Results')
    const withImage = await new Liquid({ outputEscape: 'escape' }).parseAndRender(template, {
      ...sample,
      featured_image: { url: 'asset://media/a1/photo.png', alt: 'Leeds "plant"' },
    })
    expect(load(withImage)('figure.hero img').attr('alt')).toBe('Leeds "plant"')
    const local = [...html.matchAll(/theme:\/\/northwind\/assets\/([0-9a-f]{20}\.\w+)/g)]
    expect(local.length).toBeGreaterThan(8)
    expect($('figure.hero').length).toBe(0)
    for (const [, name] of local) expect(existsSync(join(dest, 'assets', name ?? ''))).toBe(true)
    const loaders = $('[src], [srcset], link, [style]').toArray()
    expect(loaders.filter((el) => JSON.stringify(el.attribs).includes(site.origin))).toEqual([])
  })
})
