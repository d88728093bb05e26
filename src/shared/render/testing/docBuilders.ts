import type { DocNode } from '../../article/Article'

type Mark = NonNullable<DocNode['marks']>[number]

/** Document builders for tests, producing JSON as the editor stores it. */
export const doc = (...content: DocNode[]): DocNode => ({ type: 'doc', content })
export const p = (...content: DocNode[]): DocNode =>
  content.length === 0 ? { type: 'paragraph' } : { type: 'paragraph', content }
export const text = (value: string, ...marks: Mark[]): DocNode =>
  marks.length === 0 ? { type: 'text', text: value } : { type: 'text', text: value, marks }
export const br = (): DocNode => ({ type: 'hardBreak' })
export const h = (level: number, ...content: DocNode[]): DocNode => ({
  type: 'heading',
  attrs: { level },
  content,
})
export const ul = (...items: DocNode[]): DocNode => ({ type: 'bulletList', content: items })
export const ol = (start: number, ...items: DocNode[]): DocNode => ({
  type: 'orderedList',
  attrs: { start, type: null },
  content: items,
})
export const li = (...content: DocNode[]): DocNode => ({ type: 'listItem', content })
export const quote = (...content: DocNode[]): DocNode => ({ type: 'blockquote', content })
export const code = (language: string | null, value: string): DocNode => ({
  type: 'codeBlock',
  attrs: { language },
  content: value === '' ? [] : [{ type: 'text', text: value }],
})
export const hr = (): DocNode => ({ type: 'horizontalRule' })
export const img = (src: string, alt = '', caption = '', title: string | null = null): DocNode => ({
  type: 'image',
  attrs: { src, alt, title, caption, width: null, height: null },
})
export const table = (...rows: DocNode[]): DocNode => ({ type: 'table', content: rows })
export const tr = (...cells: DocNode[]): DocNode => ({ type: 'tableRow', content: cells })
const cell =
  (type: 'tableCell' | 'tableHeader') =>
  (...content: DocNode[]): DocNode => ({
    type,
    attrs: { colspan: 1, rowspan: 1, colwidth: null, align: null },
    content,
  })
export const td = cell('tableCell')
export const th = cell('tableHeader')

export const bold: Mark = { type: 'bold' }
export const italic: Mark = { type: 'italic' }
export const strike: Mark = { type: 'strike' }
export const underline: Mark = { type: 'underline' }
export const inlineCode: Mark = { type: 'code' }
export const link = (href: string): Mark => ({
  type: 'link',
  attrs: { href, target: null, rel: null, class: null, title: null },
})
