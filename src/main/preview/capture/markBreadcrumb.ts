import type { Cheerio, CheerioAPI } from 'cheerio'
import { isTag, type Element } from 'domhandler'
import type { LiquidMarkers } from './LiquidMarkers'

/**
 * Links only for site-relative, fragment and http(s) addresses: the values come from the
 * article, and escaping alone would let a `javascript:` address through.
 */
const SAFE_LINK_TEST =
  "{% assign crumb_start = crumb.url | default: '' | strip | downcase | slice: 0, 8 %}" +
  '{% assign crumb_first = crumb_start | slice: 0 %}' +
  "{% if crumb_first == '/' or crumb_first == '#' or crumb_start contains 'http://' or crumb_start contains 'https://' %}"

/**
 * Rewrites a breadcrumb as a Liquid loop over `breadcrumb`, keeping the page's own markup
 * (list items, link classes, microdata) for each crumb. When the page has no separate
 * category label, the last crumb carries `cd-category`.
 */
export function markBreadcrumb(
  $: CheerioAPI,
  breadcrumb: Cheerio<Element>,
  markers: LiquidMarkers,
  lastIsCategory: boolean,
): void {
  const liquid = (source: string): string => markers.liquid(source)
  breadcrumb.addClass('cd-breadcrumb')
  const list = breadcrumb.is('ol, ul') ? breadcrumb : breadcrumb.find('ol, ul').first()
  const sample = list.length ? list.children('li').first() : breadcrumb
  const link = crumbLink($, sample.find('a').first(), liquid)
  const current = $('<span></span>').text(liquid('{{ crumb.label }}'))
  const crumb = [
    // The category crumb links where the site keeps its categories (see markSlots).
    liquid(
      '{% assign crumb_href = crumb.url %}{% if forloop.last and forloop.first == false and category_url != blank %}{% assign crumb_href = category_url %}{% endif %}',
    ),
    liquid(SAFE_LINK_TEST),
    $.html(link),
    liquid('{% else %}'),
    $.html(current),
    liquid('{% endif %}'),
  ].join('')

  if (list.length) {
    const item = sample.clone().removeAttr('aria-current').empty()
    if (lastIsCategory) item.addClass(liquid('{% if forloop.last %}cd-category{% endif %}'))
    item.html(crumb)
    const position = sample.find('meta[itemprop=position]').first()
    if (position.length)
      item.append(position.clone().attr('content', liquid('{{ forloop.index }}')))
    list.empty().append(liquid('{% for crumb in breadcrumb %}'), item, liquid('{% endfor %}'))
    return
  }
  const separator = separatorOf($, breadcrumb)
  const prefix = prefixOf($, breadcrumb)
  const wrapped = lastIsCategory
    ? `${liquid('{% if forloop.last %}')}<span class="cd-category">${crumb}</span>${liquid('{% else %}')}${crumb}${liquid('{% endif %}')}`
    : crumb
  breadcrumb
    .empty()
    .html(
      prefix +
        liquid('{% for crumb in breadcrumb %}{% unless forloop.first %}') +
        escapeText(separator) +
        liquid('{% endunless %}') +
        wrapped +
        liquid('{% endfor %}'),
    )
}

/** A link for one crumb, cloned from the page's first crumb link so its styling carries. */
function crumbLink(
  $: CheerioAPI,
  sample: Cheerio<Element>,
  liquid: (source: string) => string,
): Cheerio<Element> {
  const link: Cheerio<Element> = sample.length
    ? sample.clone()
    : $('<a></a>').filter((_, node) => isTag(node))
  link.attr('href', liquid('{{ crumb_href }}')).removeAttr('aria-current')
  const name = link.find('[itemprop=name]').first()
  if (name.length) {
    link.empty().append(name.empty().text(liquid('{{ crumb.label }}')))
  } else {
    link.empty().text(liquid('{{ crumb.label }}'))
  }
  return link
}

/**
 * What the breadcrumb says before its first link ("You are here:"), as markup to keep; empty
 * when it starts with a link.
 */
function prefixOf($: CheerioAPI, breadcrumb: Cheerio<Element>): string {
  const kept: string[] = []
  for (const node of breadcrumb.contents().toArray()) {
    if (isTag(node) && ($(node).is('a') || $(node).find('a').length > 0)) break
    kept.push($.html(node))
  }
  return kept.join('')
}

/** The text between the first two crumbs (`›`, `/`, `»`), or `›` when there is none. */
function separatorOf($: CheerioAPI, breadcrumb: Cheerio<Element>): string {
  const first = breadcrumb.find('a').first().get(0)
  const next = first?.nextSibling
  if (next && next.type === 'text' && next.data.trim()) return ` ${next.data.trim()} `
  if (next && next.type === 'tag' && !$(next).is('a') && $(next).text().trim()) {
    return ` ${$(next).text().trim()} `
  }
  return ' › '
}

function escapeText(text: string): string {
  return text.replace(/&/g, '&amp;').replace(/</g, '&lt;').replace(/>/g, '&gt;')
}
