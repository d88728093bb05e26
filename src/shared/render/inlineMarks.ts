import type { DocNode } from '../article/Article'
import { markDefinition, markDefinitions, type MarkName } from '../editor/documentMarks'
import type { MarkOutput, RenderedAttrs } from '../editor/MarkDefinition'

/** A mark both renderers write: its name, how it is written, and its checked attributes. */
export interface InlineMark {
  name: MarkName
  output: MarkOutput
  attrs: RenderedAttrs
}

/**
 * Nesting order, outermost first: schema order (a link wraps emphasis), except that code
 * marks sit innermost, as Markdown allows nothing inside a code span.
 */
const ORDER: readonly MarkName[] = [
  ...markDefinitions.filter((m) => !m.schema.code),
  ...markDefinitions.filter((m) => m.schema.code),
].map((m) => m.name)

const NO_ATTRS: RenderedAttrs = Object.freeze({})

function toInlineMark(mark: { type: unknown; attrs?: Record<string, unknown> }): InlineMark | null {
  const definition = markDefinition(mark.type)
  const output = definition?.output
  if (!definition || !output) return null
  const attrs = output.attrs ? output.attrs(mark.attrs ?? {}) : NO_ATTRS
  return attrs === null ? null : { name: definition.name, output, attrs }
}

/**
 * The marks of an inline node that are rendered, in a fixed nesting order and without
 * duplicates. Marks without output (review comments) and unknown marks are left out; a link
 * whose href is refused is dropped, so its text shows as plain text.
 */
export function inlineMarks(node: DocNode): InlineMark[] {
  if (!Array.isArray(node.marks) || node.marks.length === 0) return []
  const found: InlineMark[] = []
  for (const raw of node.marks) {
    const mark = raw ? toInlineMark(raw) : null
    if (mark && !found.some((m) => m.name === mark.name)) found.push(mark)
  }
  return found.sort((a, b) => ORDER.indexOf(a.name) - ORDER.indexOf(b.name))
}

/** Whether two marks render the same (links also by target and title). */
export function sameMark(a: InlineMark, b: InlineMark): boolean {
  if (a.name !== b.name) return false
  const keys = Object.keys(a.attrs)
  return keys.length === Object.keys(b.attrs).length && keys.every((k) => a.attrs[k] === b.attrs[k])
}

/** How many leading marks two sorted mark lists share. */
export function sharedMarkCount(a: InlineMark[], b: InlineMark[]): number {
  let i = 0
  while (i < a.length && i < b.length && sameMark(a[i] as InlineMark, b[i] as InlineMark)) i++
  return i
}

/** Whether a mark is a code mark (written as a code span, nothing inside it). */
export function isCodeMark(mark: InlineMark): boolean {
  return markDefinition(mark.name)?.schema.code === true
}
