import type { DocNode } from '../article/Article'
import type { NodeDefinition } from './NodeDefinition'
import { blockquote } from './nodes/blockquote'
import { bulletList } from './nodes/bulletList'
import { codeBlock } from './nodes/codeBlock'
import { doc } from './nodes/doc'
import { hardBreak } from './nodes/hardBreak'
import { heading } from './nodes/heading'
import { horizontalRule } from './nodes/horizontalRule'
import { image } from './nodes/image'
import { listItem } from './nodes/listItem'
import { orderedList } from './nodes/orderedList'
import { paragraph } from './nodes/paragraph'
import { table } from './nodes/table'
import { tableCell } from './nodes/tableCell'
import { tableHeader } from './nodes/tableHeader'
import { tableRow } from './nodes/tableRow'
import { text } from './nodes/text'

/**
 * Every node a document may hold, in schema order (the editor's: the first block, paragraph,
 * is what an empty container is filled with). A new node is one file under `nodes/` plus a
 * line here; the renderers, the parser, the schema and the word count pick it up.
 */
export const documentNodes = {
  paragraph,
  blockquote,
  bulletList,
  codeBlock,
  doc,
  hardBreak,
  heading,
  horizontalRule,
  listItem,
  orderedList,
  text,
  image,
  table,
  tableCell,
  tableHeader,
  tableRow,
}

/** The name of a node Copydesk defines. */
export type NodeName = keyof typeof documentNodes

/** The node definitions in schema order. */
export const nodeDefinitions: readonly NodeDefinition<NodeName>[] = Object.values(documentNodes)

/** Whether `name` is a node Copydesk defines (stored documents may hold others). */
export function isNodeName(name: unknown): name is NodeName {
  return typeof name === 'string' && Object.hasOwn(documentNodes, name)
}

/** The definition of a node, or undefined for a node this version does not define. */
export function nodeDefinition(name: unknown): NodeDefinition<NodeName> | undefined {
  return isNodeName(name) ? documentNodes[name] : undefined
}

/** Whether a node is the schema's line break (`linebreakReplacement`: the hard break). */
export function isLineBreak(node: DocNode): boolean {
  return nodeDefinition(node.type)?.schema.linebreakReplacement === true
}

/** Whether a node is inline text: a text node or an inline leaf that stands for text. */
export function isTextLike(node: DocNode): boolean {
  return node.type === 'text' || nodeDefinition(node.type)?.leafText !== undefined
}
