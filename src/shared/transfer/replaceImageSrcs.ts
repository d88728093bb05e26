import type { DocNode } from '../article/Article'

/**
 * The document with each image whose src is a key of `sources` pointed at its value, or left
 * out where the value is null. Other nodes are shared, not copied.
 */
export function replaceImageSrcs(
  doc: DocNode,
  sources: ReadonlyMap<string, string | null>,
): DocNode {
  const visit = (node: DocNode): DocNode[] => {
    if (node.type === 'image') {
      const src = node.attrs?.src
      if (typeof src !== 'string' || !sources.has(src)) return [node]
      const next = sources.get(src)
      return next == null ? [] : [{ ...node, attrs: { ...node.attrs, src: next } }]
    }
    if (!node.content) return [node]
    return [{ ...node, content: node.content.flatMap(visit) }]
  }
  return visit(doc)[0] ?? doc
}
