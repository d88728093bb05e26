import type { DocNode } from '../article/Article'
import { safeLinkHref } from '../safety/urlPolicy'

/** A mark both renderers know; `comment` and any other mark are not among them. */
export type InlineMark =
  | { type: 'link'; href: string; title: string | null }
  | { type: 'bold' | 'italic' | 'strike' | 'underline' | 'code' }

/** Outermost first: a link wraps emphasis, and code sits innermost (Markdown allows nothing in it). */
const ORDER = ['link', 'bold', 'italic', 'strike', 'underline', 'code'] as const
const SIMPLE = new Set<string>(['bold', 'italic', 'strike', 'underline', 'code'])

function toInlineMark(mark: { type: string; attrs?: Record<string, unknown> }): InlineMark | null {
  if (mark.type === 'link') {
    const href = safeLinkHref(mark.attrs?.href)
    if (href === null) return null
    const title = mark.attrs?.title
    return { type: 'link', href, title: typeof title === 'string' && title !== '' ? title : null }
  }
  return SIMPLE.has(mark.type) ? ({ type: mark.type } as InlineMark) : null
}

/**
 * The marks of an inline node that are rendered, in a fixed nesting order and without
 * duplicates. A link whose href is refused is dropped, so its text shows as plain text.
 */
export function inlineMarks(node: DocNode): InlineMark[] {
  if (!Array.isArray(node.marks) || node.marks.length === 0) return []
  const found: InlineMark[] = []
  for (const raw of node.marks) {
    const mark = raw && typeof raw.type === 'string' ? toInlineMark(raw) : null
    if (mark && !found.some((m) => m.type === mark.type)) found.push(mark)
  }
  return found.sort((a, b) => ORDER.indexOf(a.type) - ORDER.indexOf(b.type))
}

/** Whether two marks render the same (links also by target and title). */
export function sameMark(a: InlineMark, b: InlineMark): boolean {
  if (a.type === 'link' && b.type === 'link') return a.href === b.href && a.title === b.title
  return a.type === b.type
}

/** How many leading marks two sorted mark lists share. */
export function sharedMarkCount(a: InlineMark[], b: InlineMark[]): number {
  let i = 0
  while (i < a.length && i < b.length && sameMark(a[i] as InlineMark, b[i] as InlineMark)) i++
  return i
}
