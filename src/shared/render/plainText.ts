import type { DocNode } from '../article/Article'
import { isTextLike, nodeDefinition } from '../editor/documentNodes'
import { childrenOf, textOf } from './nodeAttrs'

/** The text inside a node, blocks on their own lines; used for nodes the renderers do not know. */
export function plainText(node: DocNode): string {
  if (node.type === 'text') return textOf(node)
  const leaf = nodeDefinition(node.type)?.leafText
  if (leaf !== undefined) return leaf
  const children = childrenOf(node)
  const inline = children.some(isTextLike)
  return children
    .map(plainText)
    .filter((t) => inline || t !== '')
    .join(inline ? '' : '\n')
}
