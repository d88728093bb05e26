import type { DocNode } from '../article/Article'
import { childrenOf, textOf } from './nodeAttrs'

/** The text inside a node, blocks on their own lines; used for nodes the renderers do not know. */
export function plainText(node: DocNode): string {
  if (node.type === 'text') return textOf(node)
  if (node.type === 'hardBreak') return '\n'
  const children = childrenOf(node)
  const inline = children.some((c) => c.type === 'text' || c.type === 'hardBreak')
  return children
    .map(plainText)
    .filter((t) => inline || t !== '')
    .join(inline ? '' : '\n')
}
