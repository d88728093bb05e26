import type { Token } from 'markdown-it'
import type { DocNode } from '../../article/Article'
import { isLineBreak, nodeDefinition, nodeDefinitions } from '../../editor/documentNodes'
import type { MarkdownParseState, MarkdownTokenHandler } from '../../editor/NodeDefinition'
import { paragraphNode } from '../../editor/nodes/paragraph'
import { inlineTokensToNodes } from './inlineTokensToNodes'
import { mapImageSources } from './mapImageSources'
import { markdownParser } from './markdownParser'
import type { ParseOptions } from './ParseOptions'

const COMMENTS_ONLY = /^\s*(?:<!--[\s\S]*?-->\s*)+$/

/** Block token handlers of every node definition, by markdown-it token type. */
const BLOCK_HANDLERS: ReadonlyMap<string, MarkdownTokenHandler> = new Map(
  nodeDefinitions.flatMap((definition) => Object.entries(definition.fromMarkdown ?? {})),
)

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

/** Whether an inline parse produced a block (an image), which the editor keeps outside text. */
function isBlock(node: DocNode): boolean {
  return nodeDefinition(node.type)?.schema.group?.split(' ').includes('block') ?? false
}

/** Splits inline nodes into paragraphs around blocks (images). */
function inlineBlocks(nodes: DocNode[]): DocNode[] {
  const blocks: DocNode[] = []
  let run: DocNode[] = []
  const flush = (): void => {
    while (run[0] && isLineBreak(run[0])) run.shift()
    while (run[run.length - 1] && isLineBreak(run[run.length - 1] as DocNode)) run.pop()
    run = trimEdges(run)
    if (run.length > 0) blocks.push(paragraphNode(run))
    run = []
  }
  for (const node of nodes) {
    if (isBlock(node)) {
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
  return content.length === 0 ? [] : [paragraphNode(content)]
}

/** A raw HTML block: comments are dropped, a block a node reads back (a figure) becomes it. */
function htmlBlock(html: string): DocNode[] {
  if (COMMENTS_ONLY.test(html)) return []
  for (const definition of nodeDefinitions) {
    const node = definition.fromHtmlBlock?.(html)
    if (node) return [node]
  }
  return htmlAsText(html)
}

/**
 * The schema's content rules, read from each node's content expression: a `block+` container
 * is never empty, content that must start with a paragraph does, and empty `inline*` content
 * is left out as the editor writes it.
 */
function fitSchema(node: DocNode): DocNode {
  const content = node.content?.map(fitSchema)
  if (content === undefined) return node
  const rule = nodeDefinition(node.type)?.schema.content
  if (rule === 'block+' && content.length === 0) content.push(paragraphNode())
  if (rule?.startsWith('paragraph') && content[0]?.type !== 'paragraph') {
    content.unshift(paragraphNode())
  }
  if (rule === 'inline*' && content.length === 0) {
    return { type: node.type, ...(node.attrs && { attrs: node.attrs }) }
  }
  return { ...node, content }
}

/**
 * A Markdown text as a document of the editor's node types: CommonMark with GFM tables and
 * strikethrough, `<u>` underline, and the `<figure>` blocks renderMarkdown writes for images
 * with captions. Links and images with URLs renderHtml would refuse become their text; any
 * other HTML becomes text, never markup. Each block token is read by the node definition that
 * names it in `fromMarkdown`. `options.imageSrc` maps image sources first (an import points
 * relative paths at the images that came with the file).
 */
export function parseMarkdown(markdown: string, options: ParseOptions = {}): DocNode {
  const tokens = markdownParser.parse(markdown, {})
  if (options.imageSrc) mapImageSources(tokens, options.imageSrc)
  const doc: DocNode = { type: 'doc', content: [] }
  const stack: DocNode[] = [doc]
  let i = 0
  const state: MarkdownParseState = {
    top: () => stack[stack.length - 1] as DocNode,
    append: (...nodes) => {
      const parent = state.top()
      parent.content = [...(parent.content ?? []), ...nodes]
    },
    open: (node) => {
      state.append(node)
      stack.push(node)
    },
    close: () => {
      if (stack.length > 1) stack.pop()
    },
    takeInline: () => {
      const inline: Token | undefined = tokens[i + 1]
      i += 2
      return inlineTokensToNodes(inline?.children ?? [])
    },
    inlineBlocks,
  }
  for (; i < tokens.length; i++) {
    const token = tokens[i] as Token
    if (token.type === 'html_block') state.append(...htmlBlock(token.content))
    else BLOCK_HANDLERS.get(token.type)?.(token, state)
  }
  return fitSchema(doc)
}
