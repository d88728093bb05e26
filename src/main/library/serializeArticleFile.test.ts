import { describe, expect, it } from 'vitest'
import { newArticleFile } from './newArticleFile'
import { serializeArticleFile } from './serializeArticleFile'

describe('serializeArticleFile', () => {
  const file = newArticleFile('abcdef123456', 'Readable "title"', new Date('2025-01-01T00:00:00Z'))
  file.doc = {
    type: 'doc',
    content: [{ type: 'paragraph', content: [{ type: 'text', text: 'Hi\n}' }] }],
  }

  it('reads back to the same article', () => {
    expect(JSON.parse(serializeArticleFile(file))).toEqual(file)
  })

  it('indents the meta and keeps the document on one line, last', () => {
    const lines = serializeArticleFile(file).split('\n')
    expect(lines).toContain('    "title": "Readable \\"title\\"",')
    expect(lines.at(-3)).toMatch(/^ {2}"doc": \{"type":"doc",/)
    expect(lines.at(-2)).toBe('}')
  })
})
