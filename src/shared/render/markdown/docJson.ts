import type { DocNode } from '../../article/Article'

/** A mark as the editor stores it. */
export type MarkJson = NonNullable<DocNode['marks']>[number]

/** The editor's mark order (its schema), which stored documents follow. */
const MARK_ORDER = ['link', 'bold', 'code', 'italic', 'strike', 'underline']

/** Marks in the editor's order. */
export function sortMarks(marks: MarkJson[]): MarkJson[] {
  return [...marks].sort((a, b) => MARK_ORDER.indexOf(a.type) - MARK_ORDER.indexOf(b.type))
}

/** A link mark with the attributes the editor stores. */
export function linkMark(href: string, title: string | null): MarkJson {
  return { type: 'link', attrs: { href, target: null, rel: null, class: null, title } }
}

/** A paragraph; an empty one has no content, as the editor writes it. */
export function paragraph(content: DocNode[] = []): DocNode {
  return content.length === 0 ? { type: 'paragraph' } : { type: 'paragraph', content }
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
