import type { Node as ProseMirrorNode } from '@tiptap/pm/model'
import type { DocNode } from '@shared/article/Article'

// ProseMirror nodes are immutable and shared between states, so a block that did not change
// keeps its JSON: a save of a long article re-serializes only the blocks edited since.
const blockJson = new WeakMap<ProseMirrorNode, DocNode>()

/**
 * The document as ProseMirror JSON (same shape as `editor.getJSON()`), built from cached
 * top-level blocks. The result shares objects with the cache: treat it as read-only.
 */
export function docToJson(doc: ProseMirrorNode): DocNode {
  if (doc.childCount === 0) return doc.toJSON() as DocNode
  const content: DocNode[] = []
  doc.forEach((block) => {
    let json = blockJson.get(block)
    if (!json) {
      json = block.toJSON() as DocNode
      blockJson.set(block, json)
    }
    content.push(json)
  })
  const attrs = Object.keys(doc.attrs).length > 0 ? { attrs: { ...doc.attrs } } : {}
  // The editor's schema is the document schema, so its names are document node names.
  return { type: doc.type.name, ...attrs, content } as DocNode
}
