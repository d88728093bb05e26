import type { NodeName } from './documentNodes'

/**
 * Whether a ProseMirror node (or anything with a `type.name`) is of the named type. The name is
 * checked by the compiler against the document's nodes, so a renamed node cannot be missed.
 */
export function isNodeType(
  node: { readonly type: { readonly name: string } } | null | undefined,
  name: NodeName,
): boolean {
  return node?.type.name === name
}
