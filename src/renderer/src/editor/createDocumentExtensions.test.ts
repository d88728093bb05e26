import { getSchema } from '@tiptap/core'
import type { MarkType, NodeType, Schema } from '@tiptap/pm/model'
import { describe, expect, it } from 'vitest'
import { documentSchema } from '@shared/editor/schema'
import { createEditorExtensions } from './createEditorExtensions'

const NODE_FIELDS = [
  'content',
  'group',
  'inline',
  'atom',
  'marks',
  'code',
  'defining',
  'isolating',
  'selectable',
  'draggable',
  'linebreakReplacement',
  'tableRole',
] as const
const MARK_FIELDS = ['inclusive', 'excludes', 'spanning', 'code'] as const

function defaults(type: NodeType | MarkType): Record<string, unknown> {
  return Object.fromEntries(Object.entries(type.spec.attrs ?? {}).map(([k, v]) => [k, v.default]))
}

/** What a schema says about its documents: names in order, content rules, attributes. */
function shape(schema: Schema): unknown {
  const pick = (spec: object, fields: readonly string[]) =>
    Object.fromEntries(
      fields.flatMap((f) => {
        const value: unknown = (spec as Record<string, unknown>)[f]
        return value === undefined ? [] : [[f, value]]
      }),
    )
  return {
    nodes: Object.values(schema.nodes).map((t) => [t.name, pick(t.spec, NODE_FIELDS), defaults(t)]),
    marks: Object.values(schema.marks).map((t) => [t.name, pick(t.spec, MARK_FIELDS), defaults(t)]),
  }
}

describe('createDocumentExtensions', () => {
  it('gives the editor exactly the schema of the shared definitions', () => {
    const editorSchema = getSchema(createEditorExtensions({ articleId: 'a1' }))
    expect(shape(editorSchema)).toEqual(shape(documentSchema()))
  })

  it('keeps the options the editor configures on a node', () => {
    const heading = createEditorExtensions({ articleId: 'a1' }).find((e) => e.name === 'heading')
    expect(heading?.options).toMatchObject({ levels: [2, 3, 4] })
  })
})
