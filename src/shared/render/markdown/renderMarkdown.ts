import type { DocNode } from '../../article/Article'
import { attrInt, attrString, childrenOf, textOf } from '../nodeAttrs'
import { codeLanguage } from '../codeLanguage'
import { renderFigureHtml } from '../html/renderFigureHtml'
import { MAX_DEPTH } from '../maxDepth'
import { plainText } from '../plainText'
import { imageUrlResolver, type RenderOptions } from '../RenderOptions'
import { escapeMarkdownText } from './escapeMarkdownText'
import { markdownTitle, markdownUrl } from './markdownUrl'
import { renderInlineMarkdown } from './renderInlineMarkdown'
import { renderTableMarkdown } from './renderTableMarkdown'

interface MarkdownContext {
  imageUrl: (src: string) => string | null
  rawHtml: boolean
}

/** Written between two lists of the same kind, which Markdown would otherwise merge into one. */
const LIST_SEPARATOR = '<!-- -->'

function textParagraph(node: DocNode): string {
  return plainText(node)
    .split('\n')
    .map((line) => escapeMarkdownText(line, { lineStart: true, heading: false }))
    .filter((line) => line !== '')
    .join('  \n')
}

function indent(text: string, first: string, rest: string): string {
  return text
    .split('\n')
    .map((line, i) => (line === '' ? '' : (i === 0 ? first : rest) + line))
    .join('\n')
}

function isList(node: DocNode | undefined): boolean {
  return node?.type === 'bulletList' || node?.type === 'orderedList'
}

/**
 * A list is tight (no blank lines) when every item is one paragraph, optionally followed by
 * nested lists that may interrupt a paragraph (an ordered one must start at 1 to do so).
 */
function isTight(list: DocNode): boolean {
  return childrenOf(list).every((item) => {
    const [first, ...rest] = childrenOf(item)
    if (first !== undefined && first.type !== 'paragraph') return false
    return rest.every(
      (b) =>
        b.type === 'bulletList' ||
        (b.type === 'orderedList' && (attrInt(b, 'start', 0, 999_999_999) ?? 1) === 1),
    )
  })
}

function renderList(list: DocNode, ctx: MarkdownContext, depth: number): string {
  const ordered = list.type === 'orderedList'
  const start = ordered ? (attrInt(list, 'start', 0, 999_999_999) ?? 1) : 1
  const tight = isTight(list)
  const items = childrenOf(list).map((item, i) => {
    const marker = ordered ? `${start + i}. ` : '- '
    const blocks = item.type === 'listItem' ? childrenOf(item) : [item]
    const body = renderBlocks(blocks, ctx, depth + 1, tight ? '\n' : '\n\n')
    return body === '' ? marker.trimEnd() : indent(body, marker, ' '.repeat(marker.length))
  })
  return items.join(tight ? '\n' : '\n\n')
}

function renderCodeBlock(node: DocNode): string {
  const code = plainText(node)
  const longest = Math.max(0, ...(code.match(/`+/g) ?? []).map((run) => run.length))
  const fence = '`'.repeat(Math.max(3, longest + 1))
  const language = codeLanguage(attrString(node, 'language')) ?? ''
  return `${fence}${language}\n${code}\n${fence}`
}

function renderImage(node: DocNode, ctx: MarkdownContext): string {
  const caption = attrString(node, 'caption')?.trim() ?? ''
  const width = attrInt(node, 'width', 1, 100_000)
  const rawAlt = attrString(node, 'alt') ?? ''
  const alt = escapeMarkdownText(rawAlt, { lineStart: false, heading: false })
  // goldmark writes an alt text's escapes as typed, so an alt that needs any goes in HTML too.
  const needsHtml = caption !== '' || width !== null || alt !== rawAlt.replace(/[\r\n]+/g, ' ')
  if (needsHtml && ctx.rawHtml) {
    // A caption needs HTML. The newline reference keeps the block on one line (a blank line
    // would end it); `{{` and `{%` would run as a Hugo shortcode or Jekyll Liquid tag.
    return renderFigureHtml(node, ctx.imageUrl)
      .replace(/\r?\n/g, '&#10;')
      .replace(/\{(?=[{%])/g, '&#123;')
  }
  const src = attrString(node, 'src')
  const url = src === null ? null : ctx.imageUrl(src)
  if (url === null) return ''
  const image = `![${alt}](${markdownUrl(url)}${markdownTitle(attrString(node, 'title'))})`
  if (caption === '') return image
  const text = escapeMarkdownText(caption, { lineStart: true, heading: false })
  return `${image}  \n*${text}*`
}

function renderBlock(node: DocNode, ctx: MarkdownContext, depth: number): string {
  if (depth > MAX_DEPTH) return textParagraph(node)
  switch (node.type) {
    case 'paragraph':
      return renderInlineMarkdown(childrenOf(node), 'paragraph')
    case 'heading': {
      const text = renderInlineMarkdown(childrenOf(node), 'heading').trim()
      const level = attrInt(node, 'level', 2, 4) ?? 2
      return text === '' ? '' : `${'#'.repeat(level)} ${text}`
    }
    case 'blockquote': {
      const inner = renderBlocks(childrenOf(node), ctx, depth + 1, '\n\n')
      return inner === ''
        ? ''
        : inner
            .split('\n')
            .map((l) => (l === '' ? '>' : `> ${l}`))
            .join('\n')
    }
    case 'bulletList':
    case 'orderedList':
      return renderList(node, ctx, depth)
    case 'codeBlock':
      return renderCodeBlock(node)
    case 'horizontalRule':
      return '***'
    case 'image':
      return renderImage(node, ctx)
    case 'table':
      return renderTableMarkdown(node, ctx.imageUrl)
    case 'text':
      return textOf(node) === '' ? '' : renderInlineMarkdown([node], 'paragraph')
    default:
      return textParagraph(node)
  }
}

function renderBlocks(nodes: DocNode[], ctx: MarkdownContext, depth: number, gap: string): string {
  const out: string[] = []
  let previous: DocNode | undefined
  for (const node of nodes) {
    const markdown = renderBlock(node, ctx, depth)
    if (markdown === '') continue
    if (isList(previous) && previous?.type === node.type) out.push(LIST_SEPARATOR)
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
 * Links and images pass the same checks as in {@link renderHtml}.
 */
export function renderMarkdown(doc: DocNode, options: RenderOptions = {}): string {
  const ctx: MarkdownContext = {
    imageUrl: imageUrlResolver(options),
    rawHtml: options.rawHtml ?? true,
  }
  const blocks = doc.type === 'doc' ? childrenOf(doc) : [doc]
  const markdown = renderBlocks(blocks, ctx, 0, '\n\n')
  return markdown === '' ? '' : `${markdown}\n`
}
