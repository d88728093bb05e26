import { describe, expect, it } from 'vitest'
import { markDefinitions } from './documentMarks'
import { checkExample } from './testing/checkExample'
import { exampleTypes } from './testing/exampleTypes'

describe('document marks', () => {
  for (const { name, example } of markDefinitions) {
    it(`${name}: fits the schema, renders as expected and reads back from Markdown`, () => {
      checkExample(example)
    })

    it(`${name}: its example shows it`, () => {
      expect(exampleTypes(example.doc)).toContain(name)
    })
  }
})
