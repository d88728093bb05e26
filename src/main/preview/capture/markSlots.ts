import type { Cheerio, CheerioAPI } from 'cheerio'
import type { AnyNode, Element } from 'domhandler'
import { t } from '@shared/i18n/i18n'
import {
  CAPTURE_SLOTS,
  type CaptureSlot,
  type CaptureSlotFinding,
} from '@shared/sites/captureSlots'
import { findCategoryAboveTitle } from './findCategoryAboveTitle'
import { learnCategoryLink } from './learnCategoryLink'
import { learnDateFormat } from './learnDateFormat'
import { markBreadcrumb } from './markBreadcrumb'
import { markFeaturedImage } from './markFeaturedImage'
import { markTags } from './markTags'
import type { LiquidMarkers } from './LiquidMarkers'

const BREADCRUMB =
  '.breadcrumb, .breadcrumbs, nav[aria-label*=readcrumb], [itemtype*=BreadcrumbList], #breadcrumbs'
const CATEGORY =
  '.category, .cat-links, [rel~=category], .post-category, .article-category, .entry-category'
/** Children of a wrapping body element that are page furniture, not article text. */
const FURNITURE = new Set(['header', 'nav', 'aside', 'footer', 'link', 'style'])

/**
 * Turns the regions of a captured page into template slots: body, title, category,
 * breadcrumb, date and window title, writing dates and category links the way the page does.
 * `page` is the page's address, for its links. Returns a warning for each slot the page lacks.
 */
export function markSlots(
  $: CheerioAPI,
  body: Element,
  markers: LiquidMarkers,
  page: URL,
): { warnings: string[]; slots: CaptureSlotFinding[] } {
  const warnings: string[] = []
  const liquid = (source: string): string => markers.liquid(source)

  const title = findTitle($, body)
  const breadcrumb = $(BREADCRUMB).first().get(0)
  const category =
    $(CATEGORY)
      .filter((_, element) => !breadcrumb || !$.contains(breadcrumb, element))
      .first()
      .get(0) ?? (title ? findCategoryAboveTitle($, title, breadcrumb) : undefined)
  const time = title ? findTimeNear($, title) : undefined
  defineCategoryUrl($, categoryLinkPattern($, category, breadcrumb, page), liquid)

  if (title) {
    $(title).addClass('cd-title').empty().text(liquid('{{ article.title }}'))
  } else {
    warnings.push(t('previewMain.capture.noTitle'))
  }

  if (breadcrumb) {
    markBreadcrumb($, $(breadcrumb), markers, !category)
  } else {
    warnings.push(t('previewMain.capture.noBreadcrumb'))
  }

  if (category) {
    markCategory($, $(category), liquid('{{ category }}'), liquid('{{ category_url }}'))
  } else if (!breadcrumb) {
    warnings.push(t('previewMain.capture.noCategory'))
  }

  if (time) {
    const format = learnDateFormat($(time).text(), $(time).attr('datetime'))
    $(time)
      .addClass('cd-date')
      .attr('datetime', liquid('{{ article.date }}'))
      .empty()
      .text(
        liquid(
          format === null
            ? '{{ article.date_formatted }}'
            : `{{ article.date | date: "${format}" }}`,
        ),
      )
  } else {
    warnings.push(t('previewMain.capture.noDate'))
  }

  const featured = markFeaturedImage($, title, body, markers)
  if (!featured) {
    warnings.push(t('previewMain.capture.noLeadImage'))
  }

  const tags = markTags($, markers)
  if (!tags) warnings.push(t('previewMain.capture.noTags'))

  const kept = [title, breadcrumb, category, time, tags].filter((element) => element !== undefined)
  replaceBody($, body, kept, liquid('{{ content | raw }}'))
  if (!title)
    $('.cd-body')
      .first()
      .before(`<h1 class="cd-title">${liquid('{{ article.title }}')}</h1>`)

  const windowTitle = $('head title').first()
  $('title').slice(1).remove()
  const titleText = liquid('{{ article.title }} – {{ site.name }}')
  if (windowTitle.length) windowTitle.text(titleText)
  else $('head').append($('<title>').text(titleText))
  const found: Record<CaptureSlot, boolean> = {
    breadcrumb: breadcrumb !== undefined,
    // Without a label of its own, the breadcrumb's last crumb shows the category.
    category: category !== undefined || breadcrumb !== undefined,
    title: title !== undefined,
    date: time !== undefined,
    featured,
    tags: tags !== undefined,
    body: true,
  }
  return { warnings, slots: CAPTURE_SLOTS.map((slot) => ({ slot, found: found[slot] })) }
}

/** Headings sites mark as the article title; they win over a logo set as h1. */
const TITLE_HINTS = '[itemprop=headline], .entry-title, .post-title, .article-title'
const DATE_HINTS =
  'time, [itemprop=datePublished], .entry-date, .published, .post-date, .article-date'

/**
 * The title heading: searching outward from the body (the body itself, then each enclosing
 * region), a heading marked as the title, else an h1.
 */
function findTitle($: CheerioAPI, body: Element): Element | undefined {
  for (const region of [body, ...$(body).parents().toArray()]) {
    const hinted = $(region).find(TITLE_HINTS).filter('h1, h2, h3').first().get(0)
    if (hinted) return hinted
    const heading = $(region).find('h1').first().get(0)
    if (heading) return heading
  }
  return undefined
}

/** A date element within a few levels around the title. */
function findTimeNear($: CheerioAPI, title: Element): Element | undefined {
  let region: Cheerio<AnyNode> = $(title)
  for (let level = 0; level < 4; level++) {
    region = region.parent()
    if (!region.length) return undefined
    const time = region
      .find(DATE_HINTS)
      .toArray()
      .find((element) => element !== title && !$.contains(element, title))
    if (time) return time
  }
  return undefined
}

function markCategory($: CheerioAPI, element: Cheerio<Element>, slot: string, href: string): void {
  element.addClass('cd-category')
  if (element.is('a')) {
    element.attr('href', href).empty().text(slot)
    return
  }
  const link = element.find('a').first()
  if (link.length) {
    element.empty().append(link.attr('href', href).empty().text(slot))
  } else {
    element.empty().text(slot)
  }
}

/** The category's link on the page: the label's own, else the breadcrumb's last one. */
function categoryLinkPattern(
  $: CheerioAPI,
  category: Element | undefined,
  breadcrumb: Element | undefined,
  page: URL,
): string | null {
  const links = [
    ...(category ? [$(category).is('a') ? $(category) : $(category).find('a').first()] : []),
    ...(breadcrumb ? [$(breadcrumb).find('a').last()] : []),
  ]
  for (const link of links) {
    if (!link.length) continue
    const pattern = learnCategoryLink(link.attr('href') ?? '', link.text(), page)
    if (pattern !== null) return pattern
  }
  return null
}

/**
 * Sets `category_url` for the template: the site's own address pattern when the page showed
 * one, else the category crumb's address. Only the category's slug is filled in.
 */
function defineCategoryUrl(
  $: CheerioAPI,
  pattern: string | null,
  liquid: (source: string) => string,
): void {
  const value =
    pattern === null
      ? '{{ breadcrumb.last.url }}'
      : pattern
          .split('{slug}')
          .map((part) => part.replace(/[{}%]/g, ''))
          .join('{{ category | slug }}')
  $('body').prepend(liquid(`{% capture category_url %}${value}{% endcapture %}`))
}

/**
 * Replaces the article text with the content slot. A body element that also holds the title
 * or other slots keeps those and its page furniture; everything else goes. A kept child that
 * also wraps paragraphs of text is carved the same way, one level down.
 */
function replaceBody($: CheerioAPI, body: Element, kept: Element[], slot: string): void {
  if (!kept.some((element) => $.contains(body, element)) && body.name !== 'body') {
    $(body).addClass('cd-body').empty().text(slot)
    return
  }
  const holdsSlot = (node: AnyNode): boolean =>
    kept.some((element) => element === node || $.contains(node as Element, element))
  const container = $('<div class="cd-body"></div>').text(slot)
  let placed = false
  const carve = (parent: Element): void => {
    for (const child of [...parent.children]) {
      if (child.type === 'tag' && FURNITURE.has(child.name)) continue
      if (child.type === 'text' && child.data.trim() === '') continue
      if (holdsSlot(child)) {
        if (child.type === 'tag' && wrapsText($, child, holdsSlot)) carve(child)
        continue
      }
      if (!placed && child.type === 'tag' && isTextWrapper($, child)) {
        // The site's rules for its text (line height, spacing) are keyed on this wrapper.
        $(child).addClass('cd-body').empty().text(slot)
        placed = true
        continue
      }
      if (!placed) {
        $(child).before(container)
        placed = true
      }
      $(child).remove()
    }
  }
  carve(body)
  if (!placed) $(body).append(container)
}

/** A block that wraps paragraphs (a `div` or `section` of text), not a paragraph itself. */
function isTextWrapper($: CheerioAPI, element: Element): boolean {
  return $(element).is('div, section') && $(element).children('p').length > 0
}

/** True when an element holds a real amount of paragraph text besides its slots. */
function wrapsText(
  $: CheerioAPI,
  element: Element,
  holdsSlot: (node: AnyNode) => boolean,
): boolean {
  const text = $(element)
    .find('p')
    .toArray()
    .filter((paragraph) => !holdsSlot(paragraph))
    .reduce((length, paragraph) => length + $(paragraph).text().trim().length, 0)
  return text >= 200
}
