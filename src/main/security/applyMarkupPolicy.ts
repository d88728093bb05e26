import { load, type CheerioAPI } from 'cheerio'
import { isTag, type AnyNode, type Element } from 'domhandler'
import {
  ACTIVE_ELEMENTS,
  DROPPED_ATTRIBUTES,
  isEventHandler,
  isSafeMarkupUrl,
  URL_ATTRIBUTES,
} from '@shared/safety/markupPolicy'

/**
 * Applies the markup policy (src/shared/safety/markupPolicy.ts) to a parsed HTML or SVG
 * document in place: comments (unless the caller placed markers in them) and active elements
 * are removed, event handlers and dropped
 * attributes taken off, and URL attributes the policy refuses removed. What each kind of
 * document needs on top (page capture's meta and link rules, a theme's policy tag) is done by
 * its own sanitizer after this.
 */
export function applyMarkupPolicy($: CheerioAPI, options: { keepComments?: boolean } = {}): void {
  if (!options.keepComments) removeComments($, $.root().toArray())
  // By name rather than selector: SVG names such as foreignObject keep their case.
  $('*')
    .filter((_, node) => isTag(node) && ACTIVE_ELEMENTS.has(node.name.toLowerCase()))
    .remove()
  // A refresh can send the page anywhere, a policy tag could loosen the document's own.
  $('meta')
    .filter(
      (_, meta) => isTag(meta) && Object.keys(meta.attribs).some((a) => /^http-equiv$/i.test(a)),
    )
    .remove()
  $('*').each((_, element) => {
    if (isTag(element)) cleanAttributes($, element)
  })
}

/**
 * Parses, cleans and serializes HTML again until another round changes nothing, so markup a
 * browser would read differently from how it was written (foreign content such as
 * `<math><style>`, the mutation-XSS family) cannot bring back something active. Null when the
 * markup has not settled after `maxRounds`: the caller refuses it rather than guess.
 */
export function settleMarkup(
  html: string,
  clean: ($: CheerioAPI) => void,
  maxRounds = 4,
): string | null {
  let current = html
  for (let round = 0; round < maxRounds; round++) {
    const $ = load(current)
    clean($)
    const next = $.html()
    if (next === current) return next
    current = next
  }
  return null
}

function cleanAttributes($: CheerioAPI, element: Element): void {
  for (const name of Object.keys(element.attribs)) {
    const lower = name.toLowerCase()
    const value = element.attribs[name] ?? ''
    const refusedUrl = URL_ATTRIBUTES.has(lower) && !isSafeMarkupUrl(value, element.name, lower)
    if (isEventHandler(lower) || DROPPED_ATTRIBUTES.has(lower) || refusedUrl) {
      $(element).removeAttr(name)
    }
  }
}

function removeComments($: CheerioAPI, nodes: AnyNode[]): void {
  for (const node of nodes) {
    if (node.type === 'comment') $(node).remove()
    else if ('children' in node) removeComments($, [...node.children])
  }
}
