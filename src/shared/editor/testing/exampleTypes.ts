import type { DocNode } from '../../article/Article'

/** Every node type and mark type a document uses, its own included. */
export function exampleTypes(node: DocNode): Set<string> {
  const types = new Set<string>([node.type])
  for (const mark of node.marks ?? []) types.add(mark.type)
  for (const child of node.content ?? []) for (const t of exampleTypes(child)) types.add(t)
  return types
}
