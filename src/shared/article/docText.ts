import { isTextLike, nodeDefinition } from '../editor/documentNodes'
import type { DocNode } from './Article'

/** Longest first line kept for the library list. */
export const FIRST_LINE_MAX = 160

/** A node holds inline content (a paragraph, a heading) when any child is text or a break. */
function isTextBlock(node: DocNode): boolean {
  return node.content?.some(isTextLike) ?? false
}

function inlineText(node: DocNode): string {
  let text = ''
  for (const child of node.content ?? []) {
    const leaf = child.type === 'text' ? (child.text ?? '') : nodeDefinition(child.type)?.leafText
    if (leaf !== undefined) text += leaf
    else if (child.content) text += inlineText(child)
  }
  return text
}

function collectBlocks(node: DocNode, out: string[]): void {
  if (node.type === 'text') {
    out.push(node.text ?? '')
    return
  }
  const kept = nodeDefinition(node.type)?.attributeText?.(node.attrs ?? {})
  if (kept) out.push(kept)
  if (isTextBlock(node)) {
    out.push(inlineText(node))
    return
  }
  for (const child of node.content ?? []) collectBlocks(child, out)
}

/**
 * Plain text of a ProseMirror document: each text block (paragraph, heading, list item,
 * table cell…) and each text kept in attributes (an image's caption) on its own line, hard
 * breaks as newlines, marks dropped.
 */
export function docText(doc: DocNode): string {
  const blocks: string[] = []
  collectBlocks(doc, blocks)
  return blocks.join('\n')
}

function findFirstLine(node: DocNode): string | null {
  if (node.type === 'text' || isTextBlock(node)) {
    const text = (node.type === 'text' ? (node.text ?? '') : inlineText(node))
      .replace(/\s+/g, ' ')
      .trim()
    return text === '' ? null : text
  }
  for (const child of node.content ?? []) {
    const found = findFirstLine(child)
    if (found !== null) return found
  }
  return null
}

/**
 * The first non-empty text block of a document, whitespace collapsed, at most
 * {@link FIRST_LINE_MAX} characters (cut at a word and marked with an ellipsis).
 * Walks only as far as needed, so it is cheap on long documents.
 */
export function docFirstLine(doc: DocNode): string {
  const line = findFirstLine(doc) ?? ''
  if (line.length <= FIRST_LINE_MAX) return line
  const cut = line.slice(0, FIRST_LINE_MAX)
  const space = cut.lastIndexOf(' ')
  const kept = space > FIRST_LINE_MAX / 2 ? cut.slice(0, space) : cut.slice(0, FIRST_LINE_MAX - 1)
  return `${kept.replace(/[\s,.;:–-]+$/, '')}…`
}
