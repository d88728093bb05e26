import type { MarkDefinition } from './MarkDefinition'
import { bold } from './marks/bold'
import { code } from './marks/code'
import { comment } from './marks/comment'
import { italic } from './marks/italic'
import { link } from './marks/link'
import { strike } from './marks/strike'
import { underline } from './marks/underline'

/**
 * Every mark a document may carry, in schema order: the order the editor stores marks in and
 * the priority ProseMirror gives them. A new mark is one file under `marks/` plus a line here.
 */
export const documentMarks = { link, bold, code, italic, strike, underline, comment }

/** The name of a mark Copydesk defines. */
export type MarkName = keyof typeof documentMarks

/** The mark definitions in schema order. */
export const markDefinitions: readonly MarkDefinition<MarkName>[] = Object.values(documentMarks)

/** Whether `name` is a mark Copydesk defines (stored documents may carry others). */
export function isMarkName(name: unknown): name is MarkName {
  return typeof name === 'string' && Object.hasOwn(documentMarks, name)
}

/** The definition of a mark, or undefined for a mark this version does not define. */
export function markDefinition(name: unknown): MarkDefinition<MarkName> | undefined {
  return isMarkName(name) ? documentMarks[name] : undefined
}
