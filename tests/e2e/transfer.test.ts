import { createGuardedFetch } from '../../src/main/security/createGuardedFetch'
import { readFile } from 'node:fs/promises'
import { createServer } from 'node:http'
import type { AddressInfo } from 'node:net'
import { join } from 'node:path'
import { unzipSync } from 'fflate'
import { afterAll, beforeAll, describe, expect, it } from 'vitest'
import { makePng } from '../fixtures/makePng'
import { makeWxr } from '../fixtures/wxr/makeWxr'
import { startHarness, type Harness } from '../harness/startHarness'

const WAIT = { timeout: 15_000 }
const editor = '.ui-pane-editor > .ui-editor-scroll [data-testid=editor] .ProseMirror'

const MARKDOWN = `---
title: Harbour opens new quay
category: Industry Insights
tags: [port, logistics]
excerpt: The deep-water quay is open.
---

The quay takes ships of **400 metres**.

![The new quay](images/quay.png)

[A link](javascript:alert(1))
`

const HOSTILE_HTML = `<html><head><title>Board update</title>
<script>window.__ran = (window.__ran || 0) + 1</script></head>
<body onload="window.__ran = 1"><h1>Board update</h1>
<p onmouseover="window.__ran = 1">The board met <a href="javascript:window.__ran=1">today</a>.</p>
<img src="x" onerror="window.__ran = 1"><iframe src="https://example.com/"></iframe>
</body></html>`

/** What the Word fixture reads as, in the editor. */
const REPORT_STRUCTURE = {
  headings: ['What changes', 'Next steps'],
  nested: 'Up to 400 metres',
  cells: ['Berth', 'Length', 'North', '400 m', 'South', '350 m'],
  bold: 'Monday',
  last: 'Figures from the port authority.',
}

/** The open article's structure, as REPORT_STRUCTURE lists it. */
async function wordStructure(h: Harness): Promise<typeof REPORT_STRUCTURE> {
  return h.page.evaluate((selector) => {
    const root = document.querySelector(selector) as HTMLElement
    const text = (node: Element | null | undefined): string => node?.textContent?.trim() ?? ''
    return {
      headings: [...root.querySelectorAll('h2')].map(text),
      nested: text(root.querySelector('ul > li ol > li')),
      cells: [...root.querySelectorAll('td, th')].map(text),
      bold: text(root.querySelector('strong')),
      last: text(root.lastElementChild),
    }
  }, editor)
}

async function titles(h: Harness): Promise<string[]> {
  return h.page.locator('[data-testid=article-row] .ui-article-row-title').allTextContents()
}

describe('import and export', () => {
  let h: Harness

  beforeAll(async () => {
    // The WordPress export's images are served here, on 127.0.0.1, which the app never fetches.
    h = await startHarness({
      fetchForDocument: createGuardedFetch({ allowedHosts: ['127.0.0.1'] }),
    })
    await h.page.waitForSelector('[data-testid=new-article]', WAIT)
  })

  afterAll(async () => {
    await h?.close()
  })

  it('imports picked Markdown and HTML files with their image; nothing in them runs', async () => {
    const chooser = h.page.waitForEvent('filechooser')
    await h.page.click('[data-testid=transfer-menu]')
    await h.page.click('[data-testid=import-files]')
    await (
      await chooser
    ).setFiles([
      { name: 'quay.md', mimeType: 'text/markdown', buffer: Buffer.from(MARKDOWN) },
      { name: 'quay.png', mimeType: 'image/png', buffer: makePng(40, 30) },
      { name: 'board.html', mimeType: 'text/html', buffer: Buffer.from(HOSTILE_HTML) },
      { name: 'budget.xlsx', mimeType: 'application/octet-stream', buffer: Buffer.from('PK') },
    ])
    await h.page.waitForSelector('[data-testid=import-summary]', WAIT)
    const counts = await h.page.textContent('[data-testid=import-counts]')
    expect(counts).toBe('2 articles imported as drafts, 1 not imported.')
    expect(await h.page.textContent('[data-testid=import-summary]')).toContain('budget.xlsx')
    await h.page.click('[data-testid=import-summary] .ui-button-primary')
    expect((await titles(h)).sort()).toEqual(['Board update', 'Harbour opens new quay'])

    await h.page.click('[data-testid=article-row]:has-text("Harbour opens new quay")')
    await h.page.waitForSelector(`${editor} img[src^="/media/"]`, WAIT)
    expect(await h.page.textContent(editor)).toContain('The quay takes ships of 400 metres.')
    expect(await h.page.evaluate(() => (window as { __ran?: number }).__ran)).toBeUndefined()
  })

  it('imports files dropped onto the library', async () => {
    await h.page.evaluate(() => {
      const data = new DataTransfer()
      data.items.add(
        new File(['# Dropped note\n\nHello.'], 'dropped.md', { type: 'text/markdown' }),
      )
      const library = document.querySelector('.ui-pane-library') as HTMLElement
      for (const type of ['dragenter', 'dragover', 'drop']) {
        library.dispatchEvent(
          new DragEvent(type, { dataTransfer: data, bubbles: true, cancelable: true }),
        )
      }
    })
    await h.page.waitForFunction(
      () =>
        document.querySelector(`[data-testid=article-row]`)?.textContent?.includes('Dropped note'),
      undefined,
      WAIT,
    )
    expect(await titles(h)).toContain('Dropped note')
  })

  it('imports a Word file: title, structure, image with alt text, footnote at the end', async () => {
    const chooser = h.page.waitForEvent('filechooser')
    await h.page.click('[data-testid=transfer-menu]')
    await h.page.click('[data-testid=import-files]')
    const docx = await readFile(
      join(import.meta.dirname, '../fixtures/word/libreoffice-report.docx'),
    )
    const broken = docx.subarray(0, 2000)
    await (
      await chooser
    ).setFiles([
      { name: 'report.docx', mimeType: 'application/octet-stream', buffer: docx },
      { name: 'broken.docx', mimeType: 'application/octet-stream', buffer: broken },
    ])
    await h.page.waitForSelector('[data-testid=import-summary]', WAIT)
    expect(await h.page.textContent('[data-testid=import-summary]')).toContain(
      'broken.docx: “broken.docx” is damaged',
    )
    await h.page.click('[data-testid=import-summary] .ui-button-primary')
    await h.page.waitForSelector(`${editor} img[alt="The new quay at dawn"][src^="/media/"]`, WAIT)
    expect(await wordStructure(h)).toEqual(REPORT_STRUCTURE)
    expect(await h.page.inputValue('[data-testid=title-input]')).toBe('Harbour report')
  })

  it('round-trips a Word file: import, export as Word, import again', async () => {
    await h.page.click('[data-testid=transfer-menu]')
    await h.page.click('[data-testid=export-article-docx]')
    await h.page.waitForFunction(
      () => document.body.textContent?.includes('harbour-report.docx'),
      undefined,
      WAIT,
    )
    const exported = await readFile(h.exports.find((p) => p.endsWith('harbour-report.docx')) ?? '')
    const chooser = h.page.waitForEvent('filechooser')
    await h.page.click('[data-testid=transfer-menu]')
    await h.page.click('[data-testid=import-files]')
    await (
      await chooser
    ).setFiles([{ name: 'again.docx', mimeType: 'application/octet-stream', buffer: exported }])
    await h.page.waitForFunction(
      () => document.querySelectorAll('[data-testid=article-row]').length === 5,
      undefined,
      WAIT,
    )
    await h.page.waitForSelector(`${editor} img[alt="The new quay at dawn"][src^="/media/"]`, WAIT)
    expect(await wordStructure(h)).toEqual(REPORT_STRUCTURE)
    expect(await h.page.inputValue('[data-testid=title-input]')).toBe('Harbour report')
  })

  it('exports the library as a zip of Markdown files with images', async () => {
    await h.sendMenuCommand('export-library')
    await h.page.waitForFunction(
      () => document.body.textContent?.includes('Exported 5 articles'),
      undefined,
      WAIT,
    )
    const zip = h.exports.find((path) => path.endsWith('.zip')) ?? ''
    const files = unzipSync(await readFile(zip))
    const names = Object.keys(files).sort()
    expect(names.filter((n) => n.endsWith('.md'))).toEqual([
      'board-update.md',
      'dropped-note.md',
      'harbour-opens-new-quay.md',
      'harbour-report-2.md',
      'harbour-report.md',
    ])
    expect(names.filter((n) => n.startsWith('images/'))).toHaveLength(2)
    const quay = new TextDecoder().decode(files['harbour-opens-new-quay.md'])
    expect(quay).toContain('category: Industry Insights')
    expect(quay).toMatch(/!\[The new quay\]\(images\/[a-f0-9]{64}\.png\)/)
    expect(quay).not.toContain('javascript')
  })

  it('imports a WordPress export: posts with featured images, a summary of what was left out', async () => {
    const server = createServer((request, response) => {
      if (request.url === '/quay.png')
        response.writeHead(200, { 'Content-Type': 'image/png' }).end(makePng(30, 20))
      else response.writeHead(404).end()
    })
    await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve))
    const { port } = server.address() as AddressInfo
    try {
      const xml = makeWxr([
        {
          id: 1,
          title: 'Quay from WordPress',
          body: '<!-- wp:paragraph --><p>From <em>WordPress</em>.</p><!-- /wp:paragraph -->',
          thumbnailId: 9,
          categories: ['News'],
        },
        { id: 2, title: 'Binned', status: 'trash' },
        {
          id: 9,
          title: 'quay.png',
          type: 'attachment',
          status: 'inherit',
          attachmentUrl: `http://127.0.0.1:${port}/quay.png`,
        },
      ])
      const chooser = h.page.waitForEvent('filechooser')
      await h.page.click('[data-testid=transfer-menu]')
      await h.page.click('[data-testid=import-files]')
      await (
        await chooser
      ).setFiles([{ name: 'site.xml', mimeType: 'text/xml', buffer: Buffer.from(xml) }])
      await h.page.waitForSelector('[data-testid=import-summary]', WAIT)
      expect(await h.page.textContent('[data-testid=import-counts]')).toBe(
        '1 article imported as drafts, 1 not imported.',
      )
      expect(await h.page.textContent('[data-testid=import-summary]')).toContain(
        '“Binned” (post 2): it is in the WordPress trash',
      )
      await h.page.click('[data-testid=import-summary] .ui-button-primary')
      await h.page.waitForFunction(
        (sel) => document.querySelector(sel)?.textContent?.includes('From WordPress.'),
        editor,
        WAIT,
      )
      const [row] = await h.services.library.list({ query: '', limit: 1 }).items
      const article = await h.services.library.get(row?.id ?? '')
      expect(article.meta.title).toBe('Quay from WordPress')
      expect(article.meta.featuredImage?.src).toMatch(/^asset:[a-f0-9]{64}\.png$/)
    } finally {
      server.close()
    }
  })

  it('imports Word comments on their words, and gives them back as Word comments', async () => {
    const chooser = h.page.waitForEvent('filechooser')
    await h.page.click('[data-testid=transfer-menu]')
    await h.page.click('[data-testid=import-files]')
    const docx = await readFile(
      join(import.meta.dirname, '../fixtures/word/libreoffice-comments.docx'),
    )
    await (
      await chooser
    ).setFiles([{ name: 'review.docx', mimeType: 'application/octet-stream', buffer: docx }])
    await h.page.waitForSelector(`${editor} .ui-comment`, WAIT)
    expect(await h.page.inputValue('[data-testid=title-input]')).toBe('Quay review')
    const first = await newestArticle(h)
    expect(first.comments?.map(commentShape)).toEqual(LIBREOFFICE_COMMENTS)
    const [rita] = first.comments ?? []
    const marked = await h.page.$$eval(
      `${editor} .ui-comment[data-comment-id="${rita?.id}"]`,
      (spans) => spans.map((span) => span.textContent).join(''),
    )
    expect(marked).toBe('Monday at dawn')
    await h.page.click('[data-testid=show-comments]')
    await h.page.waitForSelector('[data-testid=comment-card]', WAIT)
    expect(await h.page.locator('[data-testid=comment-card]').count()).toBe(3)

    await h.page.click('[data-testid=transfer-menu]')
    await h.page.click('[data-testid=export-article-docx]')
    await h.page.waitForFunction(
      () => document.body.textContent?.includes('quay-review.docx'),
      undefined,
      WAIT,
    )
    const exported = await readFile(h.exports.find((p) => p.endsWith('quay-review.docx')) ?? '')
    const files = unzipSync(exported)
    const notes = new TextDecoder().decode(files['word/comments.xml'])
    expect(notes).toMatch(/w:author="Lena Legal"[^>]*>.*Check the figure.*with the port\./)
    const body = new TextDecoder().decode(files['word/document.xml'])
    const anchored = (id: number) =>
      [
        ...(new RegExp(`<w:commentRangeStart w:id="${id}"/>(.*?)<w:commentRangeEnd w:id="${id}"/>`)
          .exec(body)?.[1]
          ?.matchAll(/<w:t[^>]*>([^<]*)<\/w:t>/g) ?? []),
      ]
        .map((m) => m[1])
        .join('')
    expect(anchored(0)).toBe('Monday at dawn')
    expect(anchored(2)).toBe('ships of 400 metres.The first ship is due in June.')

    const again = h.page.waitForEvent('filechooser')
    await h.page.click('[data-testid=transfer-menu]')
    await h.page.click('[data-testid=import-files]')
    await (
      await again
    ).setFiles([{ name: 'again.docx', mimeType: 'application/octet-stream', buffer: exported }])
    await h.page.waitForFunction(
      (id) => !document.querySelector(`.ui-comment[data-comment-id="${id}"]`),
      rita?.id,
      WAIT,
    )
    await h.page.waitForSelector(`${editor} .ui-comment`, WAIT)
    const second = await newestArticle(h)
    expect(second.meta.id).not.toBe(first.meta.id)
    expect(second.comments?.map(commentShape)).toEqual(LIBREOFFICE_COMMENTS)
  })
})

/** The comments of the LibreOffice fixture, as Copydesk keeps them: dated when they were written. */
const LIBREOFFICE_COMMENTS = [
  {
    author: 'Rita Reviewer',
    body: 'Was it not Tuesday?',
    quote: 'Monday at dawn',
    createdAt: '2024-05-02T10:00:00.000Z',
    resolved: false,
  },
  {
    author: 'Walt Writer',
    body: 'Monday, checked.',
    quote: 'Monday at dawn',
    createdAt: '2024-05-02T11:00:00.000Z',
    resolved: false,
  },
  {
    author: 'Lena Legal',
    body: 'Check the figure\nwith the port.',
    quote: 'ships of 400 metres. The first ship is due in June.',
    createdAt: '2024-05-03T09:00:00.000Z',
    resolved: true,
  },
]

function commentShape(comment: {
  author: string
  body: string
  quote: string
  createdAt: string
  resolved: boolean
}) {
  const { author, body, quote, createdAt, resolved } = comment
  return { author, body, quote, createdAt, resolved }
}

/** The article the last import opened. */
async function newestArticle(h: Harness) {
  const [row] = h.services.library.list({ query: '', limit: 1 }).items
  return h.services.library.get(row?.id ?? '')
}
