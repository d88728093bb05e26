import { BLOCK_TAGS } from './blockTags'

/** Blocks that mean nothing when blank: Word's `<p>&nbsp;</p>` spacers, empty list items. */
const REMOVABLE_WHEN_BLANK = new Set('P H2 H3 H4 LI UL OL BLOCKQUOTE PRE FIGCAPTION'.split(' '))
/** Containers in which a trailing `<br>` only adds an empty line. */
const LINE_CONTAINERS = new Set(['P', 'H2', 'H3', 'H4', 'LI', 'TD', 'TH', 'FIGCAPTION'])
/** Containers whose whitespace-only text between children is layout, not content. */
const STRUCTURAL = new Set(['UL', 'OL', 'TABLE', 'THEAD', 'TBODY', 'TR', 'BLOCKQUOTE', 'FIGURE'])

const ASCII_WHITESPACE = /^[ \t\r\n\f]*$/

function isBlank(element: Element): boolean {
  const text = (element.textContent ?? '').replace(/[\s\u200b]/g, '')
  return text === '' && element.querySelector('img, hr, table, figure') === null
}

function isBlock(node: Node | null): boolean {
  return node instanceof Element ? BLOCK_TAGS.has(node.tagName) : false
}

function removeBlank(element: Element, root: Element): void {
  for (const child of Array.from(element.children)) removeBlank(child, root)
  if (element !== root && REMOVABLE_WHEN_BLANK.has(element.tagName) && isBlank(element)) {
    element.remove()
  }
}

function isLastInLine(node: Node): boolean {
  for (let next = node.nextSibling; next; next = next.nextSibling) {
    if (next.nodeType !== Node.TEXT_NODE || !ASCII_WHITESPACE.test(next.textContent ?? '')) {
      return false
    }
  }
  return true
}

/**
 * Removes what pastes leave behind as noise: blank paragraphs and list items, `<br>`s between
 * blocks or at the end of a line, and the source's line-wrapping whitespace.
 */
export function removeEmptyBlocks(root: Element): void {
  removeBlank(root, root)
  for (const br of Array.from(root.querySelectorAll('br'))) {
    const parent = br.parentElement
    if (parent === root || (parent && LINE_CONTAINERS.has(parent.tagName) && isLastInLine(br))) {
      br.remove()
    }
  }
  const walker = root.ownerDocument.createTreeWalker(root, NodeFilter.SHOW_TEXT)
  const texts: Text[] = []
  while (walker.nextNode()) texts.push(walker.currentNode as Text)
  for (const text of texts) {
    const parent = text.parentElement
    if (!parent || parent.closest('pre')) continue
    const value = text.data
    if (ASCII_WHITESPACE.test(value)) {
      const between = isBlock(text.previousSibling) || isBlock(text.nextSibling)
      if (
        STRUCTURAL.has(parent.tagName) ||
        between ||
        (parent === root && (!text.previousSibling || !text.nextSibling))
      ) {
        text.remove()
        continue
      }
    }
    text.data = value.replace(/[ \t\r\n\f]+/g, ' ')
  }
}
