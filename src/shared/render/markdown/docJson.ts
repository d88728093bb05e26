import type { DocNode } from '../../article/Article'
import { markDefinitions } from '../../editor/documentMarks'
import { linkAttrs } from '../../editor/marks/link'

/** A mark as the editor stores it. */
export type MarkJson = NonNullable<DocNode['marks']>[number]

/** The schema's mark order, which stored documents follow. */
const MARK_ORDER: readonly string[] = markDefinitions.map((m) => m.name)

/** Marks in the editor's order. */
export function sortMarks(marks: MarkJson[]): MarkJson[] {
  return [...marks].sort((a, b) => MARK_ORDER.indexOf(a.type) - MARK_ORDER.indexOf(b.type))
}

/** A link mark with the attributes the editor stores. */
export function linkMark(href: string, title: string | null): MarkJson {
  return { type: 'link', attrs: linkAttrs(href, title) }
}

/** An image node with the attributes the editor stores. */
export function imageNode(attrs: {
  src: string
  alt: string
  title: string | null
  caption: string
  width: number | null
  height: number | null
}): DocNode {
  return { type: 'image', attrs: { ...attrs } }
}

/** A table cell or header cell with the editor's attributes. */
export function cellNode(
  type: 'tableCell' | 'tableHeader',
  align: string | null,
  content: DocNode[],
): DocNode {
  return { type, attrs: { colspan: 1, rowspan: 1, colwidth: null, align }, content }
}
