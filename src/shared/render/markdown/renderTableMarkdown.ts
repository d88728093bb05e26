import type { DocNode } from '../../article/Article'
import { attrString, childrenOf, textOf } from '../nodeAttrs'
import { plainText } from '../plainText'
import { cellAlign, cellSpan, hasHeaderRow, rowCells, tableRows } from '../tableShape'
import { codeSpan } from './codeSpan'
import { markdownTitle, markdownUrl } from './markdownUrl'
import { renderInlineMarkdown } from './renderInlineMarkdown'
import { escapeMarkdownText } from './escapeMarkdownText'

/** The inline Markdown of one block inside a cell; cells hold a single line. */
function flattenBlock(node: DocNode, imageUrl: (src: string) => string | null): string[] {
  switch (node.type) {
    case 'paragraph':
    case 'heading':
      return [renderInlineMarkdown(childrenOf(node), 'cell')]
    case 'codeBlock':
      return [codeSpan(plainText(node), true)]
    case 'image': {
      const src = attrString(node, 'src')
      const url = src === null ? null : imageUrl(src)
      if (url === null) return []
      const alt = attrString(node, 'alt') ?? ''
      const title = attrString(node, 'title')
      const escapedAlt = escapeMarkdownText(alt, { lineStart: false, heading: false })
      return [`![${escapedAlt}](${markdownUrl(url)}${markdownTitle(title)})`]
    }
    case 'text':
      return [escapeMarkdownText(textOf(node), { lineStart: false, heading: false })]
    case 'horizontalRule':
      return []
    default: {
      const children = childrenOf(node)
      if (children.length > 0) return children.flatMap((c) => flattenBlock(c, imageUrl))
      const text = plainText(node)
      return text === '' ? [] : [escapeMarkdownText(text, { lineStart: false, heading: false })]
    }
  }
}

function cellMarkdown(cell: DocNode, imageUrl: (src: string) => string | null): string {
  const lines = childrenOf(cell)
    .flatMap((block) => flattenBlock(block, imageUrl))
    .filter((line) => line !== '')
  return lines.join('<br>')
}

const ALIGN_ROW = { left: ':---', center: ':---:', right: '---:' } as const

/**
 * A GFM pipe table. Cells become one line (blocks joined by `<br>`); a colspan repeats empty
 * cells, rowspans are not representable. A table without a header row gets an empty one,
 * which parseMarkdown reads back as "no header row".
 */
export function renderTableMarkdown(
  table: DocNode,
  imageUrl: (src: string) => string | null,
): string {
  const rows = tableRows(table)
  if (rows.length === 0) return ''
  const grid = rows.map((row) =>
    rowCells(row).flatMap((cell) => {
      const { colspan } = cellSpan(cell)
      return [cellMarkdown(cell, imageUrl), ...Array<string>(colspan - 1).fill('')]
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
