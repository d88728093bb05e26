import type { DocNode } from '../../article/Article'
import { attrInt, attrString, childrenOf } from '../../render/nodeAttrs'

/** Most columns or rows one cell may span. */
const MAX_SPAN = 1000

/** Column alignment a cell may carry. */
export type CellAlign = 'left' | 'center' | 'right' | null

/** The rows of a table node (other children are ignored). */
export function tableRows(table: DocNode): DocNode[] {
  return childrenOf(table).filter((row) => row.type === 'tableRow')
}

/** The cells of a row (other children are ignored). */
export function rowCells(row: DocNode): DocNode[] {
  return childrenOf(row).filter((c) => c.type === 'tableCell' || c.type === 'tableHeader')
}

/** Whether the first row is a header row: every cell of it a `tableHeader`. */
export function hasHeaderRow(rows: DocNode[]): boolean {
  const first = rows[0]
  if (!first) return false
  const cells = rowCells(first)
  return cells.length > 0 && cells.every((c) => c.type === 'tableHeader')
}

/** The colspan and rowspan of a cell, 1 when missing or out of range. */
export function cellSpan(cell: DocNode): { colspan: number; rowspan: number } {
  return {
    colspan: attrInt(cell, 'colspan', 1, MAX_SPAN) ?? 1,
    rowspan: attrInt(cell, 'rowspan', 1, MAX_SPAN) ?? 1,
  }
}

/** The alignment of a cell, when it is one of the three known values. */
export function cellAlign(cell: DocNode): CellAlign {
  const align = attrString(cell, 'align')
  return align === 'left' || align === 'center' || align === 'right' ? align : null
}
