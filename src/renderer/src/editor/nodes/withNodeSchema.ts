import type { Attributes, Mark, Node } from '@tiptap/core'
import type { MarkDefinition } from '@shared/editor/MarkDefinition'
import type { AttributeSchema, NodeDefinition } from '@shared/editor/NodeDefinition'

/**
 * The attributes of the shared definition, with the defaults it gives; how each is read from
 * pasted HTML or written to the clipboard stays the TipTap extension's.
 */
function attributesFrom(
  parent: Attributes,
  attrs: Readonly<Record<string, AttributeSchema>> | undefined,
): Attributes {
  return Object.fromEntries(
    Object.entries(attrs ?? {}).map(([name, spec]) => [
      name,
      'default' in spec ? { ...parent[name], default: spec.default } : { ...parent[name] },
    ]),
  )
}

function checkName(extension: { name: string }, definition: { name: string }): void {
  if (extension.name !== definition.name) {
    throw new Error(`Extension ${extension.name} cannot edit node or mark ${definition.name}`)
  }
}

/**
 * A TipTap node with its schema (content, group, attributes and their defaults, …) taken from
 * the shared node definition, so the editor accepts exactly the documents `documentSchema()`
 * does. The extension keeps its behaviour: commands, shortcuts, input and paste rules.
 */
export function withNodeSchema<Options, Storage>(
  extension: Node<Options, Storage>,
  definition: NodeDefinition,
): Node<Options, Storage> {
  checkName(extension, definition)
  const { attrs, ...fields } = definition.schema
  return extension.extend({
    ...fields,
    addAttributes() {
      return attributesFrom(this.parent?.() ?? {}, attrs)
    },
  })
}

/** A TipTap mark with its schema taken from the shared mark definition (see withNodeSchema). */
export function withMarkSchema<Options, Storage>(
  extension: Mark<Options, Storage>,
  definition: MarkDefinition,
): Mark<Options, Storage> {
  checkName(extension, definition)
  const { attrs, ...fields } = definition.schema
  return extension.extend({
    ...fields,
    addAttributes() {
      return attributesFrom(this.parent?.() ?? {}, attrs)
    },
  })
}
