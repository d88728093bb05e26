import type { CheerioAPI } from 'cheerio'
import { isTag, type Element } from 'domhandler'

/** Class names sites give the small category line over a headline. */
const HINT = /kicker|eyebrow|overline|topic|rubric|section|category|label|tagline/i
const MAX_TEXT = 60
const MAX_WORDS = 6

function crumbTexts($: CheerioAPI, breadcrumb: Element | undefined): Set<string> {
  if (!breadcrumb) return new Set()
  const texts = $(breadcrumb)
    .find('a, li, span')
    .toArray()
    .map((element) => $(element).text().trim().toLowerCase())
  // The first crumb is the home page, never a category.
  return new Set(texts.slice(1).filter((text) => text !== ''))
}

/**
 * The category line just above the title when the page gives it no known class: a short text
 * right before the heading (or before the heading's wrapper) that names one of the breadcrumb's
 * crumbs, or whose class says what it is ("kicker", "eyebrow", "topic"…).
 */
export function findCategoryAboveTitle(
  $: CheerioAPI,
  title: Element,
  breadcrumb: Element | undefined,
): Element | undefined {
  const crumbs = crumbTexts($, breadcrumb)
  const candidates = [title, title.parent]
    .filter((node): node is Element => node !== null && isTag(node))
    .map((node) => $(node).prevAll().first().get(0))
    .filter((node): node is Element => node !== undefined && isTag(node))
  return candidates.find((candidate) => {
    if (breadcrumb && (candidate === breadcrumb || $.contains(candidate, breadcrumb))) return false
    if ($(candidate).is('h1, time, nav, header, ul, ol, img, figure')) return false
    if ($(candidate).find('h1, time, img, p').length > 0) return false
    const text = $(candidate).text().trim()
    if (text === '' || text.length > MAX_TEXT || text.split(/\s+/).length > MAX_WORDS) return false
    const hinted = HINT.test($(candidate).attr('class') ?? '')
    return hinted || crumbs.has(text.toLowerCase())
  })
}
