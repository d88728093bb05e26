import { Editor, getSchema } from '@tiptap/core'
import { afterEach, describe, expect, it } from 'vitest'
import { unknownTypeName, type DocNode } from '@shared/article/Article'
import type { NodeDefinition } from '@shared/editor/NodeDefinition'
import { createDocumentExtensions } from '../createDocumentExtensions'
import { plainNodeExtension } from './plainNodeExtension'
import { withNodeSchema } from './withNodeSchema'

const CALLOUT_DOC: DocNode = {
  type: 'doc',
  content: [
    {
      type: unknownTypeName('callout'),
      attrs: { tone: 'warning' },
      content: [{ type: 'paragraph', content: [{ type: 'text', text: 'Mind the gap' }] }],
    },
  ],
}

/** A node only the shared layer knows: what a definition added a minute ago looks like. */
const callout: NodeDefinition = {
  name: 'callout',
  schema: { content: 'paragraph+', group: 'block', attrs: { tone: { default: 'info' } } },
  // Without toHtml/toMarkdown of its own, the renderers write its text.
  example: { doc: CALLOUT_DOC, html: '<p>Mind the gap</p>', markdown: 'Mind the gap\n' },
}

const extensions = () => [
  ...createDocumentExtensions({ resolveImageSrc: (src) => src, onComment: () => undefined }),
  withNodeSchema(plainNodeExtension(callout), callout),
]

let editor: Editor | undefined
afterEach(() => editor?.destroy())

describe('plainNodeExtension', () => {
  it('gives the editor the node with the schema of its definition', () => {
    const type = getSchema(extensions()).nodes.callout
    expect(type?.spec.content).toBe('paragraph+')
    expect(type?.spec.attrs?.tone?.default).toBe('info')
  })

  it('loads, shows and saves a document with the node unchanged', () => {
    const doc = callout.example.doc
    editor = new Editor({ extensions: extensions(), content: doc })
    expect(editor.getJSON()).toEqual(doc)
    expect(editor.getHTML()).toContain(
      '<div data-node="callout" tone="warning"><p dir="auto">Mind the gap</p></div>',
    )
  })
})
