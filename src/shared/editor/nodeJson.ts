import type { DocNode } from '../article/Article'
import type { NodeName } from './documentNodes'
import type { NodeDefinition } from './NodeDefinition'

/**
 * A node as the editor stores it: every attribute its schema declares, in schema order, with
 * the schema's default for each one not given. Parsers build nodes with it, so a new attribute
 * in a definition reaches parsed documents without another edit.
 */
export function nodeJson(
  definition: Pick<NodeDefinition<NodeName>, 'name' | 'schema'>,
  attrs: Readonly<Record<string, unknown>>,
  content?: DocNode[],
): DocNode {
  const declared = Object.entries(definition.schema.attrs ?? {})
  const filled = Object.fromEntries(
    declared.map(([name, spec]) => [name, name in attrs ? attrs[name] : spec.default]),
  )
  return {
    type: definition.name,
    ...(declared.length > 0 && { attrs: filled }),
    ...(content && { content }),
  }
}
