import type { CheerioAPI } from 'cheerio'
import { isTag, type Element } from 'domhandler'
import type { LiquidMarkers } from './LiquidMarkers'

/**
 * Turns the lead image of the captured article (the first figure, picture or image between
 * the title's region and the body, outside both) into the `featured_image` slot, so drafts do
 * not all show the captured article's photo. Returns false when the page has none.
 */
export function markFeaturedImage(
  $: CheerioAPI,
  title: Element | undefined,
  body: Element,
  markers: LiquidMarkers,
): boolean {
  const region = title ? commonAncestor($, title, body) : body.parent
  if (!region || !isTag(region)) return false
  const image = $(region)
    .find('img')
    .toArray()
    .find(
      (img) => !$.contains(body, img) && (!title || !$.contains(title, img)) && follows(title, img),
    )
  if (!image) return false
  const figure = $(image).closest('figure')
  const outer =
    figure.length && $.contains(region, figure.get(0) as Element)
      ? figure
      : $(image).closest('picture')
  const slot = outer.length ? outer : $(image)
  slot.find('source, figcaption').remove()
  $(image)
    .attr('src', markers.liquid('{{ featured_image.url }}'))
    .attr('alt', markers.liquid('{{ featured_image.alt }}'))
    .removeAttr('srcset')
    .removeAttr('sizes')
  slot.addClass('cd-featured')
  slot.before(markers.liquid('{% if featured_image %}'))
  slot.after(markers.liquid('{% endif %}'))
  return true
}

function commonAncestor($: CheerioAPI, a: Element, b: Element): Element | undefined {
  const ancestors = new Set($(a).parents().toArray())
  return $(b)
    .parents()
    .toArray()
    .find((parent) => ancestors.has(parent))
}

/** True when `image` comes after `title` in document order (or there is no title). */
function follows(title: Element | undefined, image: Element): boolean {
  if (!title) return true
  let node: Element | null = title
  while (node) {
    for (let next = node.nextSibling; next; next = next.nextSibling) {
      if (next === image || (isTag(next) && isDescendant(image, next))) return true
    }
    node = node.parent && isTag(node.parent) ? node.parent : null
  }
  return false
}

function isDescendant(node: Element, ancestor: Element): boolean {
  for (let current = node.parent; current; current = current.parent) {
    if (current === ancestor) return true
  }
  return false
}
