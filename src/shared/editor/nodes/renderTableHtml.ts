import type { DocNode } from '../../article/Article'
import { childrenOf } from '../../render/nodeAttrs'
import { cellAlign, cellSpan, hasHeaderRow, rowCells, tableRows } from './tableShape'

/** How a cell's content is rendered: its blocks, or the inline content of a lone paragraph. */
export interface CellRenderers {
  blocks: (nodes: DocNode[]) => string
  inline: (nodes: DocNode[]) => string
}

function renderCell(cell: DocNode, render: CellRenderers): string {
  const tag = cell.type === 'tableHeader' ? 'th' : 'td'
  const { colspan, rowspan } = cellSpan(cell)
  const align = cellAlign(cell)
  let attrs = ''
  if (colspan > 1) attrs += ` colspan="${colspan}"`
  if (rowspan > 1) attrs += ` rowspan="${rowspan}"`
  if (align !== null) attrs += ` style="text-align: ${align}"`
  const blocks = childrenOf(cell)
  const only = blocks.length === 1 ? blocks[0] : undefined
  // A lone paragraph is the usual cell; without its <p> the site's table styles apply as usual.
  const inner = only?.type === 'paragraph' ? render.inline(childrenOf(only)) : render.blocks(blocks)
  return `<${tag}${attrs}>${inner}</${tag}>`
}

/** A table with its header row (all `tableHeader` cells) in `<thead>`, the rest in `<tbody>`. */
export function renderTableHtml(table: DocNode, render: CellRenderers): string {
  const rows = tableRows(table)
  if (rows.length === 0) return ''
  const row = (r: DocNode): string =>
    `<tr>${rowCells(r)
      .map((c) => renderCell(c, render))
      .join('')}</tr>`
  const header = hasHeaderRow(rows)
  const head = header ? `<thead>${row(rows[0] as DocNode)}</thead>` : ''
  const bodyRows = header ? rows.slice(1) : rows
  const body = bodyRows.length > 0 ? `<tbody>${bodyRows.map(row).join('')}</tbody>` : ''
  return `<table>${head}${body}</table>`
}
