import type { DocNode } from '../../article/Article'
import { attrInt, childrenOf } from '../../render/nodeAttrs'
import type { MarkdownWriter } from '../NodeDefinition'

/** The first number of an ordered list (1 when missing or out of range). */
export function listStart(list: DocNode): number {
  return attrInt(list, 'start', 0, 999_999_999) ?? 1
}

function indent(text: string, first: string, rest: string): string {
  return text
    .split('\n')
    .map((line, i) => (line === '' ? '' : (i === 0 ? first : rest) + line))
    .join('\n')
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
      (b) => b.type === 'bulletList' || (b.type === 'orderedList' && listStart(b) === 1),
    )
  })
}

/** A bullet (`- `) or ordered (`1. `) list as Markdown, tight when its items allow. */
export function listMarkdown(list: DocNode, md: MarkdownWriter): string {
  const ordered = list.type === 'orderedList'
  const start = ordered ? listStart(list) : 1
  const tight = isTight(list)
  const items = childrenOf(list).map((item, i) => {
    const marker = ordered ? `${start + i}. ` : '- '
    const blocks = item.type === 'listItem' ? childrenOf(item) : [item]
    const body = md.blocks(blocks, tight ? '\n' : '\n\n')
    return body === '' ? marker.trimEnd() : indent(body, marker, ' '.repeat(marker.length))
  })
  return items.join(tight ? '\n' : '\n\n')
}
