import type { DocNode } from '../../article/Article'
import type { MarkdownWriter } from '../NodeDefinition'
import { childrenOf } from '../../render/nodeAttrs'
import { cellAlign, cellSpan, hasHeaderRow, rowCells, tableRows } from './tableShape'

function cellMarkdown(cell: DocNode, md: MarkdownWriter): string {
  const lines = childrenOf(cell)
    .flatMap((block) => md.cellLines(block))
    .filter((line) => line !== '')
  return lines.join('<br>')
}

const ALIGN_ROW = { left: ':---', center: ':---:', right: '---:' } as const

/**
 * A GFM pipe table. Cells become one line (blocks joined by `<br>`); a colspan repeats empty
 * cells, rowspans are not representable. A table without a header row gets an empty one,
 * which parseMarkdown reads back as "no header row".
 */
export function renderTableMarkdown(table: DocNode, md: MarkdownWriter): string {
  const rows = tableRows(table)
  if (rows.length === 0) return ''
  const grid = rows.map((row) =>
    rowCells(row).flatMap((cell) => {
      const { colspan } = cellSpan(cell)
      return [cellMarkdown(cell, md), ...Array<string>(colspan - 1).fill('')]
    }),
  )
  const columns = Math.max(1, ...grid.map((cells) => cells.length))
  const line = (cells: string[]): string => {
    const padded = [...cells, ...Array<string>(columns - cells.length).fill('')]
    return `| ${padded.join(' | ')} |`
  }
  const header = hasHeaderRow(rows)
  const headCells = header ? (grid[0] as string[]) : []
  const firstCells = rowCells(rows[0] as DocNode)
  const aligns = Array.from({ length: columns }, (_, i) => {
    const cell = firstCells[i]
    const align = cell ? cellAlign(cell) : null
    return align === null ? '---' : ALIGN_ROW[align]
  })
  const body = header ? grid.slice(1) : grid
  return [line(headCells), `| ${aligns.join(' | ')} |`, ...body.map(line)].join('\n')
}
