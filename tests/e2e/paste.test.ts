import { afterAll, beforeAll, describe, expect, it } from 'vitest'
import { readFile } from 'node:fs/promises'
import { join } from 'node:path'
import type { Page } from 'playwright-core'
import { startHarness, type Harness } from '../harness/startHarness'
import { makePng } from '../fixtures/makePng'
import { pasteInto } from '../harness/pasteInto'

/** The machine running these may be busy; waits are generous but never sleeps. */
const WAIT = { timeout: 10_000 }
const editor = '.ui-pane-editor > .ui-editor-scroll [data-testid=editor] .ProseMirror'
const CSP_META = /<meta\s+http-equiv="Content-Security-Policy"[^>]*>/i

/** Word (Windows) clipboard HTML, trimmed: styles, `o:p`, list paragraphs, spacer, table. */
const WORD_HTML = `<html xmlns:o="urn:schemas-microsoft-com:office:office" xmlns="http://www.w3.org/TR/REC-html40">
<head><meta name=Generator content="Microsoft Word 15"><style><!-- p.MsoNormal {mso-style-unhide:no;
margin:0cm; font-family:"Calibri",sans-serif;} @list l0:level1 {mso-level-number-format:bullet;} --></style></head>
<body lang=EN-GB style='tab-interval:36.0pt'>
<!--StartFragment-->
<h1 style='mso-margin-top-alt:auto;mso-outline-level:1'><span lang=EN-US
style='mso-fareast-font-family:"Times New Roman"'>Port expansion approved<o:p></o:p></span></h1>
<p class=MsoNormal style='mso-margin-bottom-alt:auto'><span lang=EN-US>The council voted on
Monday after a year of <b>record tonnage</b>. Read the <a
href="https://example.com/port-plan">full plan</a>.<o:p></o:p></span></p>
<p class=MsoNormal><o:p>&nbsp;</o:p></p>
<p class=MsoListParagraphCxSpFirst style='text-indent:-18.0pt;mso-list:l0 level1 lfo1'><![if !supportLists]><span
style='font-family:Symbol;mso-fareast-font-family:Symbol'><span style='mso-list:Ignore'>·<span
style='font:7.0pt "Times New Roman"'>&nbsp;&nbsp;&nbsp;&nbsp;&nbsp; </span></span></span><![endif]><span
lang=EN-US>Two new quays<o:p></o:p></span></p>
<p class=MsoListParagraphCxSpMiddle style='text-indent:-18.0pt;mso-list:l0 level1 lfo1'><![if !supportLists]><span
style='font-family:Symbol'><span style='mso-list:Ignore'>·<span style='font:7.0pt "Times New Roman"'>&nbsp;&nbsp;
</span></span></span><![endif]><span lang=EN-US>A deeper channel<o:p></o:p></span></p>
<p class=MsoListParagraphCxSpLast style='text-indent:-18.0pt;mso-list:l0 level1 lfo1'><![if !supportLists]><span
style='font-family:Symbol'><span style='mso-list:Ignore'>·<span style='font:7.0pt "Times New Roman"'>&nbsp;&nbsp;
</span></span></span><![endif]><span lang=EN-US>Rail links by 2030<o:p></o:p></span></p>
<p class=MsoNormal><o:p>&nbsp;</o:p></p>
<table class=MsoTableGrid border=1 cellspacing=0 cellpadding=0
 style='border-collapse:collapse;border:none;mso-border-alt:solid windowtext .5pt'>
 <tr style='mso-yfti-irow:0;mso-yfti-firstrow:yes'>
  <td width=301 valign=top style='width:225.4pt;border:solid windowtext 1.0pt'>
  <p class=MsoNormal><b><span lang=EN-US>Quay<o:p></o:p></span></b></p></td>
  <td width=301 valign=top style='width:225.4pt;border:solid windowtext 1.0pt'>
  <p class=MsoNormal><b><span lang=EN-US>Depth<o:p></o:p></span></b></p></td>
 </tr>
 <tr style='mso-yfti-irow:1;mso-yfti-lastrow:yes'>
  <td width=301 valign=top style='width:225.4pt;border-top:none'>
  <p class=MsoNormal><span lang=EN-US>North<o:p></o:p></span></p></td>
  <td width=301 valign=top style='width:225.4pt;border-top:none'>
  <p class=MsoNormal><span lang=EN-US>16 m<o:p></o:p></span></p></td>
 </tr>
</table>
<p class=MsoNormal><span lang=EN-US>Work starts in spring.<o:p></o:p></span></p>
<!--EndFragment-->
</body></html>`

/** Google Docs (Chrome) clipboard HTML: a `font-weight:normal` bold wrapper, styles on spans. */
const RUN = 'font-size:11pt;font-family:Arial;color:#000000;white-space:pre-wrap;'
const DOCS_HTML =
  '<meta charset="utf-8"><b style="font-weight:normal;" id="docs-internal-guid-7d2e51a0-7fff-1c3b-9a44-2f6d0c1b8e21">' +
  '<p dir="ltr" style="line-height:1.38;margin-top:0pt;margin-bottom:0pt;">' +
  `<span style="${RUN}font-weight:400;font-style:normal;">The ferry is </span>` +
  `<span style="${RUN}font-weight:700;font-style:normal;">back on time</span>` +
  `<span style="${RUN}font-weight:400;font-style:italic;">, the operator says</span>` +
  `<span style="${RUN}font-weight:400;font-style:normal;">.</span></p>` +
  '<p dir="ltr" style="line-height:1.38;margin-top:0pt;margin-bottom:0pt;">' +
  `<span style="${RUN}font-weight:400;font-style:normal;">Fares stay the same.</span></p>` +
  '</b><br class="Apple-interchange-newline">'

/** Markup that tries to run script once pasted, each in a different way. */
const HOSTILE_HTML = [
  '<p>Safe words stay.</p>',
  '<img src=x onerror="window.__pwned=1">',
  '<p><a href="javascript:window.__pwned=1">x</a> and <a href="https://example.com/ok">ok</a></p>',
  '<script>window.__pwned=1</script>',
  '<svg><script>window.__pwned=1</script></svg>',
  '<iframe src="javascript:window.__pwned=1"></iframe>',
  '<noscript><p title="</noscript><img src=x onerror=window.__pwned=1>"></p></noscript>',
  '<p>Last safe line.</p>',
].join('\n')

/** Fires a paste on the editor as the browser would, with HTML and plain text flavours. */
/** Word's picture beside text: only a reference to a temporary file on the writer's computer. */
const WORD_PICTURE =
  '<img width=320 height=180 src="file:///C:/Users/anna/AppData/Local/Temp/msohtmlclip1/01/clip_image001.png" alt="The quay at dawn">'

/** Starts a new article and puts the caret in its (empty) body. */
async function newArticle(page: Page, title: string): Promise<void> {
  const empty = page.locator('[data-testid=new-article-empty]')
  await ((await empty.isVisible()) ? empty : page.locator('[data-testid=new-article]')).click()
  // The article open before stays on screen until the new one arrives.
  await page.waitForFunction((sel) => document.querySelector(sel)?.textContent === '', editor, WAIT)
  await page.fill('[data-testid=title-input]', title)
  await page.click(editor)
}

/** Waits until the open article is saved with `word` in it; returns its article.json text. */
async function savedFileWith(h: Harness, word: string): Promise<string> {
  const page = h.page
  await page.waitForFunction(
    () => document.querySelector('[data-testid=save-state]')?.textContent?.trim() === 'Saved',
    undefined,
    WAIT,
  )
  const openRow = page.locator('[data-testid=article-row][aria-selected=true]')
  const id = await openRow.getAttribute('data-id')
  const file = join(h.libraryPath, 'articles', id ?? '', 'article.json')
  // Saving is debounced: the state can read Saved just before the paste's save starts.
  const deadline = Date.now() + WAIT.timeout
  for (;;) {
    const text = await readFile(file, 'utf8').catch(() => '')
    if (text.includes(word)) return text
    if (Date.now() > deadline) throw new Error(`article.json never contained “${word}”.`)
    await new Promise((done) => setTimeout(done, 50))
  }
}

/** Text of each element matching `selector` inside the editor. */
function textsOf(page: Page, selector: string): Promise<string[]> {
  return page.locator(editor).locator(selector).allTextContents()
}

describe('pasting from other programs', () => {
  let h: Harness

  beforeAll(async () => {
    h = await startHarness()
    await h.page.waitForSelector('[data-testid=new-article-empty]', WAIT)
  })
  afterAll(async () => {
    await h?.close()
  })

  describe('a long report, pasted by parts', () => {
    // Long enough that the bar stays while it is checked and drawn at both sizes.
    const PARAGRAPHS = 20_000
    const REPORT =
      Array.from({ length: PARAGRAPHS }, (_, i) =>
        i === 1500
          ? '<p>Halfway, <a href="javascript:alert(1)">a trap</a>.</p>'
          : `<p>Paragraph ${i + 1} of a long report.</p>`,
      ).join('') + '<script>window.__pwned=1</script>'
    let answeredIn = Number.POSITIVE_INFINITY
    let sawProgress = false
    let notices: string[] = []
    let saved = ''

    beforeAll(async () => {
      const page = h.page
      await newArticle(page, 'A long report')
      await pasteInto(page, editor, { html: REPORT, text: 'Paragraph 1 of a long report.' })
      // The window answers while the report comes in, and says it is pasting.
      const start = Date.now()
      await page.evaluate(() => document.title)
      answeredIn = Date.now() - start
      sawProgress = await page
        .waitForSelector('[data-testid=paste-progress]', WAIT)
        .then(() => true)
        .catch(() => false)
      // Said when the paste was cleaned; it goes by itself after a few seconds.
      notices = await page
        .locator('[data-testid=toast]', { hasText: 'removed' })
        .waitFor(WAIT)
        .then(() => page.locator('[data-testid=toast]').allTextContents())
        .catch(() => [])
      await page.waitForFunction(
        ([sel, count]) => (document.querySelector(sel)?.childElementCount ?? 0) === count,
        [editor, PARAGRAPHS] as const,
        { timeout: 60_000 },
      )
      saved = await savedFileWith(h, `Paragraph ${PARAGRAPHS} of a long report.`)
    }, 90_000)

    it('answers while it comes in and shows how far it has come, then goes', async () => {
      expect(answeredIn).toBeLessThan(1000)
      expect(sawProgress).toBe(true)
      await h.page.waitForSelector('[data-testid=paste-progress]', { state: 'detached', ...WAIT })
    })

    it('keeps every paragraph in order, cleaned, and saves all of them', async () => {
      const texts = await textsOf(h.page, 'p')
      expect(texts).toHaveLength(PARAGRAPHS)
      expect(texts[0]).toBe('Paragraph 1 of a long report.')
      expect(texts[1500]).toBe('Halfway, a trap.')
      expect(texts[PARAGRAPHS - 1]).toBe(`Paragraph ${PARAGRAPHS} of a long report.`)
      expect(await h.page.locator(`${editor} a`).count()).toBe(0)
      expect(saved).not.toMatch(/javascript:|<script|__pwned/i)
      expect(saved.split('"type":"paragraph"').length - 1).toBe(PARAGRAPHS)
    })

    it('says once that the unsafe link was taken out', async () => {
      expect(notices.filter((notice) => notice.includes('removed'))).toEqual([
        expect.stringContaining('1 link was removed'),
      ])
      // Read: the person puts the notice away.
      const notice = h.page.locator('[data-testid=toast]', { hasText: 'removed' })
      // It may go by itself in the meantime.
      await notice
        .locator('.ui-toast-close')
        .click({ timeout: 2_000 })
        .catch(() => undefined)
      await notice.waitFor({ state: 'detached', ...WAIT })
    })

    it('is undone in one step', async () => {
      await h.page.locator(editor).press('ControlOrMeta+z')
      await h.page.waitForFunction(
        (sel) => document.querySelector(sel)?.textContent === '',
        editor,
        WAIT,
      )
    })
  })

  describe('a Word document', () => {
    let saved = ''

    beforeAll(async () => {
      await newArticle(h.page, 'From Word')
      await pasteInto(h.page, editor, { html: WORD_HTML, text: 'Port expansion approved' })
      await h.page.waitForSelector(`${editor} table`, WAIT)
      saved = await savedFileWith(h, 'Work starts in spring.')
    })

    it('keeps the blocks in order, without the blank spacer paragraphs', () => {
      const { doc } = JSON.parse(saved) as { doc: { content: { type: string }[] } }
      const blocks = 'heading paragraph bulletList table paragraph'.split(' ')
      expect(doc.content.map((node) => node.type)).toEqual(blocks)
    })

    it('turns the Heading 1 into the article’s H2', async () => {
      expect({
        h2: await textsOf(h.page, 'h2'),
        others: await textsOf(h.page, 'h1, h3, h4'),
      }).toEqual({ h2: ['Port expansion approved'], others: [] })
    })

    it('turns the list paragraphs into one bulleted list, without Word’s bullet glyphs', async () => {
      expect({
        bullets: await textsOf(h.page, 'ul > li'),
        numbered: await textsOf(h.page, 'ol'),
      }).toEqual({
        bullets: ['Two new quays', 'A deeper channel', 'Rail links by 2030'],
        numbered: [],
      })
    })

    it('keeps bold, the link and the table', async () => {
      const link = h.page.locator(`${editor} a`)
      expect({
        bold: await textsOf(h.page, 'strong'),
        link: [await link.textContent(), await link.getAttribute('href')],
        cells: await textsOf(h.page, 'td, th'),
      }).toEqual({
        bold: ['record tonnage', 'Quay', 'Depth'],
        link: ['full plan', 'https://example.com/port-plan'],
        cells: ['Quay', 'Depth', 'North', '16 m'],
      })
    })

    it('leaves no pasted style or class attributes and no empty paragraphs in the editor', async () => {
      const leftovers = await h.page.$$eval(`${editor} *`, (elements) =>
        elements
          // The table's own wrapper and column sizing belong to the editor, not the paste.
          .filter((el) => !el.matches('div.tableWrapper, table.ui-table, col'))
          // The block after a heading is marked by the editor, for its spacing.
          .filter((el) => el.hasAttribute('style') || el.className.replace('ui-after-heading', ''))
          .map((el) => el.outerHTML.slice(0, 80)),
      )
      const emptyParagraphs = (await textsOf(h.page, 'p')).filter((t) => !t.trim()).length
      expect({ leftovers, emptyParagraphs }).toEqual({ leftovers: [], emptyParagraphs: 0 })
    })

    it('saves nothing of Word’s markup', () => {
      expect(saved).not.toMatch(/mso|o:p|windowtext|Calibri/i)
    })
  })

  describe('a Word picture kept as a file on the writer’s computer', () => {
    it('takes a picture copied alone from the clipboard’s image data', async () => {
      const page = h.page
      await newArticle(page, 'Word picture alone')
      await pasteInto(page, editor, {
        html: `<p>${WORD_PICTURE}</p>`,
        files: [{ name: 'image.png', type: 'image/png', bytes: makePng(64, 36) }],
      })
      await page.waitForSelector(`${editor} img[src^="/media/"]`, WAIT)
      expect(await page.locator('.ui-toast').allTextContents()).toEqual([])
    })

    it('says which picture beside text stayed behind, and inserts it from a file', async () => {
      const page = h.page
      await newArticle(page, 'Word picture with text')
      // Beside text, Word's image data is a picture of the whole selection, not this image.
      await pasteInto(page, editor, {
        html: `<p class=MsoNormal>The new quay opens in May.</p><p class=MsoNormal>${WORD_PICTURE}</p>`,
        files: [{ name: 'image.png', type: 'image/png', bytes: makePng(400, 120) }],
      })
      const toast = page.locator('.ui-toast', { hasText: 'was not pasted' })
      await toast.waitFor(WAIT)
      expect({
        text: await page.textContent(editor),
        images: await page.locator(`${editor} img`).count(),
        toast: await toast.locator('.ui-toast-message').textContent(),
      }).toEqual({
        text: 'The new quay opens in May.',
        images: 0,
        toast:
          'The picture “The quay at dawn” was not pasted: the copy held only its place on your computer.',
      })

      const chooser = page.waitForEvent('filechooser')
      await toast.getByRole('button', { name: 'Insert from file…' }).click()
      await (
        await chooser
      ).setFiles({ name: 'quay.png', mimeType: 'image/png', buffer: makePng(80, 45) })
      await page.waitForSelector(`${editor} img[src^="/media/"]`, WAIT)
      expect(await savedFileWith(h, 'asset:')).toMatch(/"src":"asset:[a-f0-9]{64}\.png"/)
    })
  })

  describe('a Google Docs document', () => {
    let saved = ''

    beforeAll(async () => {
      await newArticle(h.page, 'From Google Docs')
      await pasteInto(h.page, editor, {
        html: DOCS_HTML,
        text: 'The ferry is back on time, the operator says.',
      })
      saved = await savedFileWith(h, 'Fares stay the same.')
    })

    it('bolds only the weight-700 run, not the whole bold wrapper, and keeps italic', async () => {
      expect({
        paragraphs: await textsOf(h.page, 'p'),
        bold: await textsOf(h.page, 'strong, b'),
        italic: await textsOf(h.page, 'em, i'),
      }).toEqual({
        paragraphs: ['The ferry is back on time, the operator says.', 'Fares stay the same.'],
        bold: ['back on time'],
        italic: [', the operator says'],
      })
    })

    it('saves exactly one bold and one italic run', () => {
      expect({
        bold: saved.split('"type":"bold"').length - 1,
        italic: saved.split('"type":"italic"').length - 1,
      }).toEqual({ bold: 1, italic: 1 })
    })
  })

  describe('hostile markup', () => {
    let saved = ''

    beforeAll(async () => {
      const page = h.page
      // The app's CSP would stop inline script on its own, so `__pwned` would prove nothing.
      // Without it the cleaning alone has to keep every payload from running.
      await page.route(`${h.baseUrl}/index.html`, async (route) => {
        const response = await route.fetch()
        const headers = { ...response.headers() }
        delete headers['content-security-policy']
        const body = (await response.text()).replace(CSP_META, '')
        await route.fulfill({ response, headers, body })
      })
      await page.reload()
      await page.waitForSelector('[data-testid=new-article]', WAIT)
      // Proves the page now runs inline handlers, so a payload that got through would run too.
      await page.evaluate(() => {
        document.createElement('div').innerHTML = '<img src=/canary onerror="window.__canary=1">'
      })
      await page.waitForFunction(() => Reflect.get(window, '__canary') === 1, undefined, WAIT)

      await newArticle(page, 'Hostile paste')
      await pasteInto(page, editor, { html: HOSTILE_HTML, text: 'Safe words stay.' })
      saved = await savedFileWith(h, 'Last safe line.')
      // Any image the paste let through has failed to load by the time a later failing image
      // does (same server, requested after it), so its onerror would have run.
      await page.evaluate(async () => {
        const probe = new Image()
        probe.src = `/no-such-image-${Date.now()}.png`
        await probe.decode().catch(() => undefined)
      })
    })

    it('runs none of it', async () => {
      expect(await h.page.evaluate(() => Reflect.get(window, '__pwned'))).toBeUndefined()
    })

    it('keeps the safe text and the safe link only', async () => {
      expect({
        paragraphs: await textsOf(h.page, 'p'),
        links: await h.page.$$eval(`${editor} a`, (as) => as.map((a) => a.getAttribute('href'))),
      }).toEqual({
        paragraphs: ['Safe words stay.', 'x and ok', 'Last safe line.'],
        links: ['https://example.com/ok'],
      })
    })

    it('leaves no script, frame, svg, image, handler or javascript: URL in the editor', async () => {
      const found = await h.page.$$eval(`${editor}, ${editor} *`, (elements) =>
        elements.flatMap((el) => [
          ...(el.matches('script, iframe, svg, noscript, object, embed, img') ? [el.tagName] : []),
          ...Array.from(el.attributes)
            .filter((a) => /^on/i.test(a.name) || /javascript:/i.test(a.value))
            .map((a) => `${el.tagName} ${a.name}=${a.value}`),
        ]),
      )
      expect(found).toEqual([])
    })

    it('saves none of it', () => {
      expect(saved).not.toMatch(/<script|<iframe|<svg|<img|onerror|javascript:|__pwned/i)
    })
  })
})
