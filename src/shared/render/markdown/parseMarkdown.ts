import type { Token } from 'markdown-it'
import type { DocNode } from '../../article/Article'
import { cellNode, paragraph } from './docJson'
import { inlineTokensToNodes } from './inlineTokensToNodes'
import { markdownParser } from './markdownParser'
import { parseFigureHtml } from './parseFigureHtml'
import type { ImageSrcMapper, ParseOptions } from './ParseOptions'
import { tokenAttr } from './tokenAttr'

const COMMENTS_ONLY = /^\s*(?:<!--[\s\S]*?-->\s*)+$/
const TEXT_ALIGN = /text-align:\s*(left|center|right)/

/** Text nodes at the edges of a run lose their edge whitespace (left where an image was). */
function trimEdges(run: DocNode[]): DocNode[] {
  const trimmed = run.map((node, i) => {
    if (node.type !== 'text') return node
    let value = node.text ?? ''
    if (i === 0) value = value.trimStart()
    if (i === run.length - 1) value = value.trimEnd()
    return { ...node, text: value }
  })
  return trimmed.filter((node) => node.type !== 'text' || node.text !== '')
}

/** Splits inline nodes into paragraphs around images, which are blocks in the editor. */
function inlineBlocks(nodes: DocNode[]): DocNode[] {
  const blocks: DocNode[] = []
  let run: DocNode[] = []
  const flush = (): void => {
    while (run[0]?.type === 'hardBreak') run.shift()
    while (run[run.length - 1]?.type === 'hardBreak') run.pop()
    run = trimEdges(run)
    if (run.length > 0) blocks.push(paragraph(run))
    run = []
  }
  for (const node of nodes) {
    if (node.type === 'image') {
      flush()
      blocks.push(node)
    } else run.push(node)
  }
  flush()
  return blocks
}

/** Raw HTML shown as text, one line per line. */
function htmlAsText(html: string): DocNode[] {
  const lines = html.trim().split(/\r?\n/)
  const content = lines.flatMap((line, i): DocNode[] => {
    const text: DocNode[] = line === '' ? [] : [{ type: 'text', text: line }]
    return i === 0 ? text : [{ type: 'hardBreak' }, ...text]
  })
  return content.length === 0 ? [] : [paragraph(content)]
}

function htmlBlock(html: string, imageSrc: ImageSrcMapper | undefined): DocNode[] {
  if (COMMENTS_ONLY.test(html)) return []
  const figure = parseFigureHtml(html, imageSrc)
  return figure ? [figure] : htmlAsText(html)
}

/** The editor's content rules: list items start with a paragraph, containers are never empty. */
function fitSchema(node: DocNode): DocNode {
  const content = node.content?.map(fitSchema)
  if (content === undefined) return node
  const fixed = { ...node, content }
  switch (node.type) {
    case 'listItem':
      if (content[0]?.type !== 'paragraph') content.unshift(paragraph())
      break
    case 'doc':
    case 'blockquote':
    case 'tableCell':
    case 'tableHeader':
      if (content.length === 0) content.push(paragraph())
      break
    case 'paragraph':
    case 'heading':
      if (content.length === 0) return { type: node.type, ...(node.attrs && { attrs: node.attrs }) }
      break
  }
  return fixed
}

/** A GFM table always has a header row; an empty one stands for "no header row". */
function dropEmptyHeader(table: DocNode): void {
  const [first, ...rest] = table.content ?? []
  const cells = first?.content ?? []
  const empty = cells.every((cell) => (cell.content ?? []).every((b) => !b.content?.length))
  if (first && empty && rest.length > 0) table.content = rest
}

/**
 * A Markdown text as a document of the editor's node types: CommonMark with GFM tables and
 * strikethrough, `<u>` underline, and the `<figure>` blocks renderMarkdown writes for images
 * with captions. Links and images with URLs renderHtml would refuse become their text; any
 * other HTML becomes text, never markup. `options.imageSrc` maps image sources first (an import
 * points relative paths at the images that came with the file).
 */
export function parseMarkdown(markdown: string, options: ParseOptions = {}): DocNode {
  const tokens = markdownParser.parse(markdown, {})
  const doc: DocNode = { type: 'doc', content: [] }
  const stack: DocNode[] = [doc]
  let inHead = false
  const top = (): DocNode => stack[stack.length - 1] as DocNode
  const append = (...nodes: DocNode[]): void => {
    const parent = top()
    parent.content = [...(parent.content ?? []), ...nodes]
  }
  const open = (node: DocNode): void => {
    append(node)
    stack.push(node)
  }
  const close = (): void => {
    if (stack.length > 1) stack.pop()
  }
  const inline = (token: Token | undefined): DocNode[] =>
    inlineTokensToNodes(token?.children ?? [], options.imageSrc)

  for (let i = 0; i < tokens.length; i++) {
    const token = tokens[i] as Token
    switch (token.type) {
      case 'paragraph_open':
        append(...inlineBlocks(inline(tokens[i + 1])))
        i += 2
        break
      case 'heading_open': {
        const level = Math.min(4, Math.max(2, Number(token.tag.slice(1))))
        const content = inline(tokens[i + 1]).flatMap((n): DocNode[] =>
          n.type === 'image' ? [{ type: 'text', text: String(n.attrs?.alt ?? '') }] : [n],
        )
        append({ type: 'heading', attrs: { level }, content })
        i += 2
        break
      }
      case 'blockquote_open':
        open({ type: 'blockquote', content: [] })
        break
      case 'bullet_list_open':
        open({ type: 'bulletList', content: [] })
        break
      case 'ordered_list_open': {
        const start = Number(tokenAttr(token, 'start') || '1')
        const valid = Number.isInteger(start) && start >= 0 && start <= 999_999_999
        open({ type: 'orderedList', attrs: { start: valid ? start : 1, type: null }, content: [] })
        break
      }
      case 'list_item_open':
        open({ type: 'listItem', content: [] })
        break
      case 'fence':
      case 'code_block': {
        const language = token.info.trim().split(/\s+/)[0] || null
        const code = token.content.replace(/\n$/, '')
        const content: DocNode[] = code === '' ? [] : [{ type: 'text', text: code }]
        append({ type: 'codeBlock', attrs: { language }, content })
        break
      }
      case 'hr':
        append({ type: 'horizontalRule' })
        break
      case 'html_block':
        append(...htmlBlock(token.content, options.imageSrc))
        break
      case 'table_open':
        open({ type: 'table', content: [] })
        break
      case 'thead_open':
        inHead = true
        break
      case 'thead_close':
        inHead = false
        break
      case 'tr_open':
        open({ type: 'tableRow', content: [] })
        break
      case 'th_open':
      case 'td_open': {
        const align = TEXT_ALIGN.exec(tokenAttr(token, 'style'))?.[1] ?? null
        const content = inlineBlocks(inline(tokens[i + 1]))
        append(cellNode(inHead ? 'tableHeader' : 'tableCell', align, content))
        i += 2
        break
      }
      case 'table_close':
        dropEmptyHeader(top())
        close()
        break
      case 'blockquote_close':
      case 'bullet_list_close':
      case 'ordered_list_close':
      case 'list_item_close':
      case 'tr_close':
        close()
        break
    }
  }
  return fitSchema(doc)
}
