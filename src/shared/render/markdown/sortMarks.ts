import type { DocNode } from '../../article/Article'
import { markDefinitions } from '../../editor/documentMarks'

/** A mark as the editor stores it. */
export type MarkJson = NonNullable<DocNode['marks']>[number]

/** The schema's mark order, which stored documents follow. */
const MARK_ORDER: readonly string[] = markDefinitions.map((m) => m.name)

/** Marks in the editor's order. */
export function sortMarks(marks: MarkJson[]): MarkJson[] {
  return [...marks].sort((a, b) => MARK_ORDER.indexOf(a.type) - MARK_ORDER.indexOf(b.type))
}
