import type { RemovedUrls } from '@shared/safety/RemovedUrls'
import { describe, expect, it } from 'vitest'
import { HOSTILE_HTML } from '../../../../../tests/fixtures/hostile/hostileHtml'
import { cleanPastedHtml } from './cleanPastedHtml'
import { cleanPastedHtmlInSteps } from './cleanPastedHtmlInSteps'
import { GOOGLE_DOCS_CLIPBOARD } from './fixtures/googleDocsClipboard'
import { WORD_CLIPBOARD } from './fixtures/wordClipboard'

const between = () => Promise.resolve()

/** Both cleanings of `html`, with what each took out. */
async function both(html: string, nodesPerStep: number) {
  const onceRemoved: RemovedUrls = { links: 0, images: 0 }
  const stepsRemoved: RemovedUrls = { links: 0, images: 0 }
  const once = cleanPastedHtml(html, onceRemoved)
  const steps = (await cleanPastedHtmlInSteps(html, stepsRemoved, between, { nodesPerStep }))
    .innerHTML
  return {
    once: { html: once, removed: onceRemoved },
    steps: { html: steps, removed: stepsRemoved },
  }
}

const REPORT =
  '\n  <meta charset="utf-8"><style>p { color: red }</style>' +
  Array.from({ length: 40 }, (_, i) =>
    i % 9 === 4
      ? `<p>Paragraph ${i} <a href="javascript:alert(${i})">trap</a> <img src=x onerror=alert(1)></p>`
      : i % 9 === 6
        ? `<h1>Part ${i}</h1><ul><li>one</li><li><a href="https://example.com/${i}">two</a></li></ul>`
        : `<p>Paragraph ${i} of a long report.</p>`,
  ).join('\n') +
  'loose text <b>bold</b><script>alert(1)</script>'

describe('cleanPastedHtmlInSteps', () => {
  it.each([1, 3, 1000])(
    'cleans a long report exactly as cleanPastedHtml does (%i top-level nodes a step)',
    async (nodesPerStep) => {
      const { once, steps } = await both(REPORT, nodesPerStep)
      expect(steps).toEqual(once)
      expect(once.removed.links).toBeGreaterThan(0)
    },
  )

  it.each([
    ['Word', WORD_CLIPBOARD],
    ['Google Docs', GOOGLE_DOCS_CLIPBOARD],
    ['nothing', ''],
    ['leading white space', '\n\t <p>a</p> <p>b</p>'],
  ])('cleans what %s puts on the clipboard exactly as cleanPastedHtml does', async (_, html) => {
    const { once, steps } = await both(html, 1)
    expect(steps).toEqual(once)
  })

  it.each(HOSTILE_HTML.map((entry) => [entry.name, entry.html]))(
    'neutralises %s exactly as cleanPastedHtml does',
    async (_, html) => {
      const wrapped = `<p>before</p>${html}<p>after</p>${html}`
      const { once, steps } = await both(wrapped, 1)
      expect(steps).toEqual(once)
    },
  )
})
