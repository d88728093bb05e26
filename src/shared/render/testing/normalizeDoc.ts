import type { DocNode } from '../../article/Article'

/**
 * A document with neighbouring text nodes of the same marks merged, the form ProseMirror
 * itself keeps, so documents built by hand compare equal to parsed ones.
 */
export function normalizeDoc(node: DocNode): DocNode {
  if (!node.content) return node
  const content: DocNode[] = []
  for (const child of node.content.map(normalizeDoc)) {
    const last = content[content.length - 1]
    if (
      last?.type === 'text' &&
      child.type === 'text' &&
      JSON.stringify(last.marks ?? []) === JSON.stringify(child.marks ?? [])
    ) {
      content[content.length - 1] = { ...last, text: (last.text ?? '') + (child.text ?? '') }
    } else content.push(child)
  }
  return { ...node, content }
}
