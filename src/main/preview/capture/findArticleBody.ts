import type { CheerioAPI } from 'cheerio'
import { isTag, type Element } from 'domhandler'
import { t } from '@shared/i18n/i18n'
import { CaptureError } from './CaptureError'

const CANDIDATES = ['article', 'main', '.entry-content', '.post-content']
/** Containers inside an `article` or `main` that hold only the body text. */
const INNER_BODY =
  '.entry-content, .post-content, .article-body, .article__body, .article-content, .post-body, .story-body, [itemprop=articleBody]'

/**
 * The element holding the article text: the given selector's first match, else the first of
 * article, main, .entry-content, .post-content (narrowed to a body container inside it),
 * else the element whose own paragraphs hold the most text.
 */
export function findArticleBody($: CheerioAPI, selector?: string): Element {
  if (selector !== undefined && selector.trim() !== '') return bySelector($, selector.trim())
  for (const candidate of CANDIDATES) {
    const element = $(candidate).toArray().find(isTag)
    if (!element) continue
    return $(element).find(INNER_BODY).toArray().find(isTag) ?? element
  }
  const largest = largestTextBlock($)
  if (!largest) {
    throw new CaptureError(t('previewMain.capture.noArticleText'))
  }
  return largest
}

function bySelector($: CheerioAPI, selector: string): Element {
  let element: Element | undefined
  try {
    // Only the visible page counts: a selector that also matches something in <head> skips it.
    element = $(selector)
      .toArray()
      .filter(isTag)
      .find((match) => match.name === 'body' || $(match).closest('body').length > 0)
  } catch {
    throw new CaptureError(t('previewMain.capture.badSelector', { selector }))
  }
  if (!element) {
    throw new CaptureError(t('previewMain.capture.selectorMatchesNothing', { selector }))
  }
  return element
}

/** The parent whose direct `<p>` children hold the most text (the usual readability rule). */
function largestTextBlock($: CheerioAPI): Element | undefined {
  const totals = new Map<Element, number>()
  $('p').each((_, paragraph) => {
    const parent = paragraph.parent
    if (!parent || parent.type !== 'tag') return
    const length = $(paragraph).text().trim().length
    totals.set(parent, (totals.get(parent) ?? 0) + length)
  })
  let best: Element | undefined
  let bestLength = 0
  for (const [element, length] of totals) {
    if (length > bestLength) {
      best = element
      bestLength = length
    }
  }
  return best
}
