import { parseInlineStyle } from './parseInlineStyle'
import { renameElement } from './renameElement'

function isBold(weight: string | undefined): boolean {
  if (weight === undefined) return false
  if (weight === 'bold' || weight === 'bolder') return true
  const numeric = Number(weight)
  return Number.isFinite(numeric) && numeric >= 600
}

function isNormalWeight(weight: string | undefined): boolean {
  return weight === 'normal' || weight === '400' || weight === 'lighter'
}

/** Moves `element`'s children into nested `tags` (outermost first) inside it. */
function wrapChildren(element: Element, tags: string[]): void {
  const doc = element.ownerDocument
  const outer = doc.createElement(tags[0] as string)
  let inner = outer
  for (const tag of tags.slice(1)) inner = inner.appendChild(doc.createElement(tag))
  while (element.firstChild) inner.appendChild(element.firstChild)
  element.appendChild(outer)
}

/**
 * Google Docs marks formatting with inline styles on spans (`font-weight:700`), and wraps the
 * whole clipboard in `<b style="font-weight:normal" id="docs-internal-guid-…">`. Turns the styles
 * into `strong`/`em`/`u`/`s` before styles are dropped, and unwraps the not-bold `<b>` so the
 * whole paste does not turn bold.
 */
export function applyInlineStyleMarks(root: Element): void {
  for (const element of Array.from(root.querySelectorAll('b, span, font'))) {
    const style = parseInlineStyle(element.getAttribute('style'))
    if (element.tagName === 'B') {
      const docsWrapper = (element.getAttribute('id') ?? '').startsWith('docs-internal-guid')
      if (docsWrapper || isNormalWeight(style.get('font-weight'))) renameElement(element, 'span')
      continue
    }
    const tags: string[] = []
    // Heading text is already bold; a strong mark inside it would only add noise.
    if (isBold(style.get('font-weight')) && !element.closest('h1, h2, h3, h4, h5, h6')) {
      tags.push('strong')
    }
    const fontStyle = style.get('font-style')
    if (fontStyle === 'italic' || fontStyle === 'oblique') tags.push('em')
    const decoration = `${style.get('text-decoration') ?? ''} ${style.get('text-decoration-line') ?? ''}`
    // Docs underlines every link's text; the link itself already says so.
    if (decoration.includes('underline') && !element.closest('a')) tags.push('u')
    if (decoration.includes('line-through')) tags.push('s')
    if (tags.length > 0) wrapChildren(element, tags)
  }
}
