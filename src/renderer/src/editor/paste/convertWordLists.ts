import { parseInlineStyle } from './parseInlineStyle'

/** `mso-list:l0 level2 lfo1` — Word's list id and nesting level on each list paragraph. */
const WORD_LIST_STYLE = /mso-list:\s*l\d+\s+level(\d+)/i
/** Numbered markers look like `1.`, `a)`, `iv.`; bullets are glyphs such as `·`, `o`, `§`. */
const ORDERED_MARKER = /^\(?(?:\d+|[a-z]{1,4})[.)]/i

interface WordListItem {
  paragraph: Element
  level: number
  ordered: boolean
}

interface OpenList {
  list: Element
  level: number
  ordered: boolean
}

function isWordListParagraph(element: Element | null): element is Element {
  if (!element || element.tagName !== 'P') return false
  const classes = Array.from(element.classList)
  if (classes.some((name) => name.toLowerCase().startsWith('msolistparagraph'))) return true
  return WORD_LIST_STYLE.test(element.getAttribute('style') ?? '')
}

/** Reads level and list kind, and removes the marker Word writes as text (`·`, `1.`). */
function readItem(paragraph: Element): WordListItem {
  const level = Number(WORD_LIST_STYLE.exec(paragraph.getAttribute('style') ?? '')?.[1] ?? 1)
  let marker = ''
  for (const span of Array.from(paragraph.querySelectorAll('span'))) {
    if (parseInlineStyle(span.getAttribute('style')).get('mso-list') !== 'ignore') continue
    marker ||= (span.textContent ?? '').replace(/[\s\u00a0]+/g, '')
    span.remove()
  }
  return { paragraph, level, ordered: ORDERED_MARKER.test(marker) }
}

/** Builds nested lists for one run of consecutive Word list paragraphs. */
function buildLists(items: WordListItem[]): void {
  const first = items[0]?.paragraph
  if (!first) return
  const doc = first.ownerDocument
  const open: OpenList[] = []
  for (const item of items) {
    while (open.length > 0 && (open.at(-1) as OpenList).level > item.level) open.pop()
    let current = open.at(-1)
    if (current && current.level === item.level && current.ordered !== item.ordered) {
      open.pop()
      current = open.at(-1)
    }
    if (!current || current.level < item.level) {
      const list = doc.createElement(item.ordered ? 'ol' : 'ul')
      if (current) (current.list.lastElementChild ?? current.list).appendChild(list)
      else first.before(list)
      current = { list, level: item.level, ordered: item.ordered }
      open.push(current)
    }
    const li = doc.createElement('li')
    const p = doc.createElement('p')
    while (item.paragraph.firstChild) p.appendChild(item.paragraph.firstChild)
    li.appendChild(p)
    current.list.appendChild(li)
  }
  for (const item of items) item.paragraph.remove()
}

/**
 * Word's clipboard HTML has no `<ul>`/`<ol>`: each item is a `<p class=MsoListParagraph…>` with
 * the bullet or number written as text in a `mso-list:Ignore` span. Turns each run of such
 * paragraphs into real, nested lists.
 */
export function convertWordLists(root: Element): void {
  const handled = new Set<Element>()
  for (const paragraph of Array.from(root.querySelectorAll('p'))) {
    if (handled.has(paragraph) || !isWordListParagraph(paragraph)) continue
    const run: Element[] = []
    let next: Element | null = paragraph
    while (isWordListParagraph(next)) {
      run.push(next)
      handled.add(next)
      next = next.nextElementSibling
    }
    buildLists(run.map(readItem))
  }
}
