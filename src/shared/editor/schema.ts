import { Schema, type MarkSpec, type NodeSpec } from '@tiptap/pm/model'
import { markDefinitions } from './documentMarks'
import { nodeDefinitions } from './documentNodes'
import type { MarkSchema } from './MarkDefinition'
import type { NodeSchema } from './NodeDefinition'

function nodeSpec(schema: NodeSchema): NodeSpec {
  return { ...schema, attrs: { ...schema.attrs } }
}

function markSpec(schema: MarkSchema): MarkSpec {
  return { ...schema, attrs: { ...schema.attrs } }
}

let cached: Schema | undefined

/**
 * The ProseMirror schema of a Copydesk document, built from the node and mark definitions
 * alone: no DOM, no editor. It accepts what the editor accepts (a test compares the two), so a
 * program without a window, such as the team server turning a Yjs document into JSON, can
 * check and convert documents with it. Built once and shared.
 */
export function documentSchema(): Schema {
  cached ??= new Schema({
    topNode: 'doc',
    nodes: Object.fromEntries(nodeDefinitions.map((n) => [n.name, nodeSpec(n.schema)])),
    marks: Object.fromEntries(markDefinitions.map((m) => [m.name, markSpec(m.schema)])),
  })
  return cached
}
