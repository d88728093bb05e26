import { JSDOM } from 'jsdom'

const RENAME: Record<string, string> = { del: 's', b: 'strong', i: 'em' }
const KEPT_ATTRIBUTES: Record<string, string[]> = {
  a: ['href'],
  img: ['src', 'alt'],
  ol: ['start'],
}
const BLOCKS = new Set(
  'p h1 h2 h3 h4 h5 h6 ul ol li blockquote pre hr figure figcaption table thead tbody tr th td'.split(
    ' ',
  ),
)
const FORMATS = new Set(['strong', 'em', 's', 'u'])
const BLOCK_EDGE_SPACE =
  / ?(<\/?(?:p|h\d|ul|ol|li|blockquote|pre|hr|figure|figcaption|table|thead|tbody|tr|th|td|br)(?: [^>]*)?>) ?/g

interface CanonicalOptions {
  /** Leave out `<ol start>`, which kramdown does not write. */
  ignoreListStart?: boolean
}

const nameOf = (node: Node): string => {
  const name = node.nodeType === 1 ? (node as Element).localName : ''
  return RENAME[name] ?? name
}

function serializeChildren(nodes: Node[], options: CanonicalOptions, inPre: boolean): string {
  return nodes.map((c) => serialize(c, options, inPre)).join('')
}

/** Inline content directly in a list item or cell, as if in a paragraph (tight vs. loose). */
function asParagraphs(nodes: Node[], options: CanonicalOptions): string {
  let out = ''
  let run: Node[] = []
  const flush = (): void => {
    const inline = serializeChildren(run, options, false).trim()
    if (inline !== '') out += `<p>${inline}</p>`
    run = []
  }
  for (const node of nodes) {
    if (BLOCKS.has(nameOf(node))) {
      flush()
      out += serialize(node, options, false)
    } else run.push(node)
  }
  flush()
  return out
}

function serialize(node: Node, options: CanonicalOptions, inPre: boolean): string {
  if (node.nodeType === 3) {
    const text = (node.textContent ?? '').replace(/&/g, '&amp;').replace(/</g, '&lt;')
    return inPre ? text : text.replace(/\s+/g, ' ')
  }
  if (node.nodeType !== 1) return ''
  const element = node as Element
  let tag = nameOf(element)
  const children = Array.from(element.childNodes)
  // Nested formatting over the same text, in either order (`<em><strong>` = `<strong><em>`).
  if (FORMATS.has(tag) && children.length === 1 && FORMATS.has(nameOf(children[0] as Node))) {
    const chain: string[] = [tag]
    let inner: Node = children[0] as Node
    while (
      FORMATS.has(nameOf(inner)) &&
      inner.childNodes.length === 1 &&
      FORMATS.has(nameOf(inner.childNodes[0] as Node))
    ) {
      chain.push(nameOf(inner))
      inner = inner.childNodes[0] as Node
    }
    chain.push(nameOf(inner))
    chain.sort()
    const content = serializeChildren(Array.from(inner.childNodes), options, inPre)
    return (
      chain.map((t) => `<${t}>`).join('') +
      content +
      chain
        .reverse()
        .map((t) => `</${t}>`)
        .join('')
    )
  }
  let inner =
    tag === 'li' || tag === 'td' || tag === 'th'
      ? asParagraphs(children, options)
      : serializeChildren(children, options, inPre || tag === 'pre')
  if (tag === 'pre') inner = inner.replace(/\n+(<\/code>)?$/, '$1')
  else inner = inner.replace(BLOCK_EDGE_SPACE, '$1').replace(/^ | $/g, '')
  // An image alone in a paragraph is the figure renderHtml writes.
  const onlyImage = children.every(
    (c) => nameOf(c) === 'img' || (c.nodeType === 3 && !c.textContent?.trim()),
  )
  if (tag === 'p' && children.length > 0 && onlyImage) tag = 'figure'
  if (tag === 'thead' && !element.textContent?.trim()) return ''
  const attrs = (KEPT_ATTRIBUTES[tag] ?? [])
    .filter((name) => element.hasAttribute(name) && !(name === 'start' && options.ignoreListStart))
    .map((name) => ` ${name}="${element.getAttribute(name)}"`)
    .join('')
  return `<${tag}${attrs}>${inner}</${tag}>`
}

/**
 * HTML reduced to what a reader sees: elements and their text, links' and images' targets,
 * whitespace at block edges dropped, loose and tight list items alike, nested emphasis in
 * either order. renderHtml's output and a site generator's compare equal when they show the
 * same thing.
 */
export function canonicalHtml(html: string, options: CanonicalOptions = {}): string {
  const fragment = JSDOM.fragment(html)
  return Array.from(fragment.childNodes)
    .map((node) => serialize(node, options, false))
    .filter((part) => part.trim() !== '')
    .join('\n')
}
