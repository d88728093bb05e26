import { Editor, getSchema } from '@tiptap/core'
import type { MarkType, NodeType, Schema } from '@tiptap/pm/model'
import { describe, expect, it } from 'vitest'
import type { DocNode } from '@shared/article/Article'
import { documentSchema } from '@shared/editor/schema'
import { documentMarks } from '@shared/editor/documentMarks'
import { nodeDefinitions } from '@shared/editor/documentNodes'
import { renderHtml } from '@shared/render'
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

/** What the editor makes of HTML, as it would store it. */
function editorJson(html: string): DocNode {
  const editor = new Editor({
    extensions: createEditorExtensions({ articleId: 'a1' }),
    content: html,
  })
  try {
    return editor.getJSON() as DocNode
  } finally {
    editor.destroy()
  }
}

describe('the editor reading the renderer', () => {
  for (const { name, example } of nodeDefinitions) {
    it(`reads back the HTML written for ${name} as the same document`, () => {
      expect(editorJson(renderHtml(example.doc))).toEqual(example.doc)
    })
  }

  for (const name of ['bold', 'code', 'italic', 'strike', 'underline'] as const) {
    it(`reads back the HTML written for ${name} as the same document`, () => {
      const { doc } = documentMarks[name].example
      expect(editorJson(renderHtml(doc))).toEqual(doc)
    })
  }

  it('reads back a rendered link with its target (and the rel the site gets)', () => {
    const json = JSON.stringify(editorJson(renderHtml(documentMarks.link.example.doc)))
    expect(json).toContain('"href":"https://x.test/"')
  })
})
