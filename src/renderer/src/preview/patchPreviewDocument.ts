/**
 * Brings a shown preview document up to date with a new rendering, touching only what changed,
 * so the page neither flashes nor loses its scroll position. Both documents are inert: the new
 * one is parsed by DOMParser (no scripting, no loads) and the shown one lives in a frame
 * sandboxed without scripts, so nothing copied across can run.
 *
 * Returns how many nodes were replaced, added or removed (0 when nothing changed).
 */
export function patchPreviewDocument(shown: Document, html: string): number {
  const next = new DOMParser().parseFromString(html, 'text/html')
  let changes = syncAttributes(shown.documentElement, next.documentElement)
  changes += syncAttributes(shown.body, next.body)
  changes += patchChildren(shown, shown.head, next.head)
  changes += patchChildren(shown, shown.body, next.body)
  return changes
}

/**
 * Makes `target`'s children equal to `source`'s. Equal runs at both ends are kept, so typing in
 * one paragraph or inserting one block touches only that block; elements that differ only inside
 * are patched recursively.
 */
function patchChildren(owner: Document, target: Node, source: Node): number {
  const from = [...target.childNodes]
  const to = [...source.childNodes]
  let start = 0
  while (start < from.length && start < to.length && same(from[start], to[start])) start++
  let endFrom = from.length
  let endTo = to.length
  while (endFrom > start && endTo > start && same(from[endFrom - 1], to[endTo - 1])) {
    endFrom--
    endTo--
  }
  let changes = 0
  const anchor = from[endFrom] ?? null
  for (let i = 0; i < Math.max(endFrom - start, endTo - start); i++) {
    const old = start + i < endFrom ? from[start + i] : undefined
    const fresh = start + i < endTo ? to[start + i] : undefined
    if (old && fresh) {
      changes += patchNode(owner, target, old, fresh)
    } else if (old) {
      target.removeChild(old)
      changes++
    } else if (fresh) {
      target.insertBefore(owner.importNode(fresh, true), anchor)
      changes++
    }
  }
  return changes
}

function patchNode(owner: Document, parent: Node, old: ChildNode, fresh: ChildNode): number {
  if (
    old.nodeType === fresh.nodeType &&
    old.nodeType !== ELEMENT &&
    old.nodeName === fresh.nodeName
  ) {
    old.nodeValue = fresh.nodeValue
    return 1
  }
  if (isElement(old) && isElement(fresh) && old.tagName === fresh.tagName && !isLeaf(old)) {
    if (sameAttributes(old, fresh)) return patchChildren(owner, old, fresh)
  }
  parent.replaceChild(owner.importNode(fresh, true), old)
  return 1
}

const ELEMENT = 1

function same(a: Node | undefined, b: Node | undefined): boolean {
  return a !== undefined && b !== undefined && a.isEqualNode(b)
}

function isElement(node: Node): node is Element {
  return node.nodeType === ELEMENT
}

/** Elements whose content is not ordinary markup are replaced whole. */
function isLeaf(element: Element): boolean {
  return /^(STYLE|TITLE|TEXTAREA|SCRIPT|TEMPLATE|SVG|svg)$/.test(element.tagName)
}

function sameAttributes(a: Element, b: Element): boolean {
  if (a.attributes.length !== b.attributes.length) return false
  for (const attribute of a.attributes) {
    if (b.getAttribute(attribute.name) !== attribute.value) return false
  }
  return true
}

function syncAttributes(target: Element, source: Element): number {
  if (sameAttributes(target, source)) return 0
  for (const attribute of [...target.attributes]) {
    if (!source.hasAttribute(attribute.name)) target.removeAttribute(attribute.name)
  }
  for (const attribute of source.attributes) target.setAttribute(attribute.name, attribute.value)
  return 1
}
