import type { CheerioAPI } from 'cheerio'
import type { Element } from 'domhandler'
import type { LiquidMarkers } from './LiquidMarkers'

const TAG_LISTS = '.tags, .tag-links, .post-tags, .entry-tags, .article-tags'

/**
 * Turns the page's tag list into a loop over `tags`, keeping the markup of its first tag (list
 * item, link classes) and any label before it. Returns the list, or undefined when there is none.
 */
export function markTags($: CheerioAPI, markers: LiquidMarkers): Element | undefined {
  const list = $(TAG_LISTS).first()
  const sample = list.find('a').first()
  const element = list.get(0)
  if (!element || !sample.length) return undefined
  const item = sample.parent().is('li') ? sample.parent() : sample
  const first = item.get(0)
  const container = item.parent().get(0)
  if (!first || !container) return undefined
  const next = first.nextSibling
  const commas = next?.type === 'text' && next.data.includes(',')

  const tag = item.clone()
  const link = tag.is('a') ? tag : tag.find('a').first()
  link.removeAttr('href').removeAttr('rel').removeAttr('aria-current')
  link.text(markers.liquid('{{ tag }}'))
  const separator = commas ? markers.liquid('{% unless forloop.last %}, {% endunless %}') : ''

  item.before(
    markers.liquid('{% for tag in tags %}'),
    tag,
    separator,
    markers.liquid('{% endfor %}'),
  )
  let after = false
  for (const node of [...container.children]) {
    if (node === first) after = true
    if (after && (node.type === 'text' || $(node).is('li, a'))) $(node).remove()
  }
  list.addClass('cd-tags')
  return element
}
