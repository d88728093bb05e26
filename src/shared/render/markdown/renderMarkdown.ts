import type { DocNode } from '../../article/Article'
import { nodeDefinition } from '../../editor/documentNodes'
import type { MarkdownWriter } from '../../editor/NodeDefinition'
import { childrenOf } from '../nodeAttrs'
import { MAX_DEPTH } from '../maxDepth'
import { plainText } from '../plainText'
import { imageUrlResolver, type RenderOptions } from '../RenderOptions'
import { escapeMarkdownText, type TypographerRuns } from './escapeMarkdownText'
import { renderInlineMarkdown } from './renderInlineMarkdown'

function textParagraph(node: DocNode, md: MarkdownWriter): string {
  return plainText(node)
    .split('\n')
    .map((line) => escapeMarkdownText(line, { lineStart: true, heading: false, runs: md.runs }))
    .filter((line) => line !== '')
    .join('  \n')
}

/** A block inside a table cell as one-line pieces: its definition's, else its children's or text. */
function cellLines(node: DocNode, md: MarkdownWriter): string[] {
  const toCell = nodeDefinition(node.type)?.toMarkdownCell
  if (toCell) return toCell(node, md)
  const children = childrenOf(node)
  if (children.length > 0) return children.flatMap((c) => cellLines(c, md))
  const text = plainText(node)
  return text === ''
    ? []
    : [escapeMarkdownText(text, { lineStart: false, heading: false, runs: md.runs })]
}

interface MarkdownOutput {
  imageUrl: (src: string) => string | null
  rawHtml: boolean
  runs: TypographerRuns
}

/** The writer a node's `toMarkdown` gets at `depth`: its children render one level deeper. */
function writerAt(output: MarkdownOutput, depth: number): MarkdownWriter {
  const md: MarkdownWriter = {
    blocks: (nodes, gap) => renderBlocks(nodes, writerAt(output, depth + 1), depth + 1, gap),
    inline: (nodes, place) => renderInlineMarkdown(nodes, place, output.runs),
    text: plainText,
    cellLines: (node) => cellLines(node, md),
    imageUrl: output.imageUrl,
    rawHtml: output.rawHtml,
    runs: output.runs,
  }
  return md
}

function renderBlock(node: DocNode, md: MarkdownWriter, depth: number): string {
  const toMarkdown = nodeDefinition(node.type)?.toMarkdown
  if (depth > MAX_DEPTH || toMarkdown === undefined) return textParagraph(node, md)
  return toMarkdown(node, md)
}

function renderBlocks(nodes: DocNode[], md: MarkdownWriter, depth: number, gap: string): string {
  const out: string[] = []
  let previous: DocNode | undefined
  for (const node of nodes) {
    const markdown = renderBlock(node, md, depth)
    if (markdown === '') continue
    // Two neighbours of some types (lists) would be read back as one without a separator.
    const separator = nodeDefinition(node.type)?.markdownSeparator
    if (separator !== undefined && previous?.type === node.type) out.push(separator)
    out.push(markdown)
    previous = node
  }
  return out.join(gap)
}

/**
 * The article body as Markdown that Hugo (goldmark) and Jekyll (kramdown) render as the HTML
 * renderer does: ATX headings, `**`/`*`/`~~` emphasis, `<u>` underline, fenced code, GFM pipe
 * tables, and `<figure>` HTML blocks for captioned images (the site must allow raw HTML, as
 * goldmark's `unsafe` does). Text that looks like Markdown or HTML is escaped and stays text.
 * Links and images pass the same checks as in {@link renderHtml}. Each node is written by its
 * definition under `src/shared/editor`.
 */
export function renderMarkdown(doc: DocNode, options: RenderOptions = {}): string {
  const md = writerAt(
    {
      imageUrl: imageUrlResolver(options),
      rawHtml: options.rawHtml ?? true,
      runs: options.smartypants === true ? 'comment' : 'escape',
    },
    0,
  )
  const blocks = doc.type === 'doc' ? childrenOf(doc) : [doc]
  const markdown = renderBlocks(blocks, md, 0, '\n\n')
  return markdown === '' ? '' : `${markdown}\n`
}
