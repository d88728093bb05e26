import { mergeAttributes, Node } from '@tiptap/core'
import type { NodeDefinition } from '@shared/editor/NodeDefinition'

/**
 * A TipTap node for a definition no richer extension edits: the schema is the definition's,
 * and the editor shows it as a plain `<div>` (`<span>` when inline) marked `data-node`, which
 * is also how it is copied and pasted within the editor. Enough for a new node to be loaded,
 * edited and saved before it gets commands and a view of its own.
 */
export function plainNodeExtension(definition: NodeDefinition): Node {
  const tag = definition.schema.inline ? 'span' : 'div'
  const leaf = definition.schema.content === undefined
  return Node.create({
    name: definition.name,
    parseHTML() {
      return [{ tag: `${tag}[data-node="${definition.name}"]` }]
    },
    renderHTML({ HTMLAttributes }) {
      const attrs = mergeAttributes({ 'data-node': definition.name }, HTMLAttributes)
      return leaf ? [tag, attrs] : [tag, attrs, 0]
    },
  })
}
