// `npm run screenshot`: opens a realistic article in the app (browser harness) and saves
// docs/screenshot.png, the picture README.md shows.
import { resolve } from 'node:path'
import type { DocNode } from '@shared/article/Article'
import { startHarness } from '../tests/harness/startHarness'
import { makePng } from '../tests/fixtures/makePng'

const text = (t: string, marks?: DocNode['marks']): DocNode => ({ type: 'text', text: t, marks })
const p = (...content: DocNode[]): DocNode => ({ type: 'paragraph', content })
const h2 = (t: string): DocNode => ({ type: 'heading', attrs: { level: 2 }, content: [text(t)] })
const item = (t: string): DocNode => ({ type: 'listItem', content: [p(text(t))] })

const harness = await startHarness({ viewport: { width: 1440, height: 900 } })
try {
  const library = harness.services.library
  await library.save(
    { id: (await library.create({ title: 'Board approves 2027 sustainability plan' })).meta.id },
    'Maya Lindqvist',
  )
  const article = await library.create({ title: 'Harbour expansion opens three new routes' })
  const id = article.meta.id
  const image = await library.importAsset({
    articleId: id,
    fileName: 'harbour.png',
    mimeType: 'image/png',
    bytes: makePng(960, 420),
  })
  const doc: DocNode = {
    type: 'doc',
    content: [
      p(
        text(
          'The port authority confirmed on Monday that the eastern harbour will open three new ' +
            'shipping routes next spring, the largest expansion since the terminal was built.',
        ),
      ),
      {
        type: 'image',
        attrs: {
          src: image.src,
          alt: 'The eastern harbour at dusk',
          caption: 'The eastern harbour, where the new berths will be built.',
        },
      },
      h2('What changes for customers'),
      p(
        text('Freight customers will see '),
        text('shorter waiting times', [{ type: 'bold' }]),
        text(' and direct connections to '),
        text('two new markets', [{ type: 'italic' }]),
        text('. The full plan is on the '),
        text('project page', [{ type: 'link', attrs: { href: 'https://example.com/harbour' } }]),
        text('.'),
      ),
      {
        type: 'bulletList',
        content: [
          item('Three deep-water berths, ready in April'),
          item('A rail link to the inland terminal'),
          item('Shore power for every vessel at berth'),
        ],
      },
      {
        type: 'blockquote',
        content: [
          p(text('“This is the most important investment the harbour has made in a generation.”')),
        ],
      },
      h2('Timeline'),
      p(text('Construction starts in January; the first vessels are expected in late spring.')),
    ],
  }
  await library.save(
    {
      id,
      doc,
      meta: {
        category: 'Industry Insights',
        tags: ['logistics', 'harbour', 'expansion'],
        author: 'Maya Lindqvist',
        excerpt: 'Three new routes, a rail link and shore power: what the expansion means.',
        status: 'in_review',
        featuredImage: { src: image.src, alt: 'The eastern harbour at dusk' },
        seoTitle: 'Harbour expansion opens three new routes',
      },
    },
    'Maya Lindqvist',
  )
  await harness.reload()
  const page = harness.page
  await page.click(`[data-testid=article-row][data-id="${id}"]`)
  await page.waitForSelector('[data-testid=editor] .ProseMirror img')
  await page.evaluate(() =>
    Promise.all([...document.images].map((img) => img.decode().catch(() => undefined))),
  )
  await page.waitForFunction(
    () => document.querySelector('[data-testid=save-state]')?.textContent?.trim() === 'Saved',
  )
  const out = resolve(import.meta.dirname, '../docs/screenshot.png')
  await page.screenshot({ path: out })
  console.log(`written ${out}`)

  // The same article beside its layout preview (Newsroom theme).
  await page.keyboard.press('Control+Shift+P')
  const frame = page.frameLocator('iframe')
  await frame.locator('.cd-title').waitFor()
  await frame.locator('.cd-body img').first().waitFor()
  const preview = resolve(import.meta.dirname, '../docs/preview.png')
  await page.screenshot({ path: preview })
  console.log(`written ${preview}`)
} finally {
  await harness.close()
}
