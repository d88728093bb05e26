import { describe, expect, it } from 'vitest'
import { documentSchema } from './documentSchema'

describe('documentSchema', () => {
  it('has the nodes and marks articles use, built without a DOM', () => {
    const schema = documentSchema()
    for (const node of ['doc', 'paragraph', 'heading', 'blockquote', 'image', 'table']) {
      expect(schema.nodes[node], node).toBeDefined()
    }
    for (const mark of ['bold', 'italic', 'link', 'comment']) {
      expect(schema.marks[mark], mark).toBeDefined()
    }
    expect(Object.keys(schema.nodes.image?.spec.attrs ?? {})).toContain('caption')
  })
})
