import { describe, expect, it } from 'vitest'
import { nodeDefinitions } from './documentNodes'
import { checkExample } from './testing/checkExample'
import { exampleTypes } from './testing/exampleTypes'

describe('document nodes', () => {
  it('leave every markdown-it token to one node, so none is read twice', () => {
    const tokens = nodeDefinitions.flatMap((n) => [
      ...Object.keys(n.fromMarkdown ?? {}),
      ...Object.keys(n.fromInlineMarkdown ?? {}),
    ])
    expect(tokens).toContain('paragraph_open')
    expect(new Set(tokens).size).toBe(tokens.length)
  })

  for (const { name, example } of nodeDefinitions) {
    it(`${name}: fits the schema, renders as expected and reads back from Markdown`, () => {
      checkExample(example)
    })

    it(`${name}: its example shows it`, () => {
      expect(exampleTypes(example.doc)).toContain(name)
    })
  }
})
