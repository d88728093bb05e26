import { describe, it } from 'vitest'
import { checkExample } from './testing/checkExample'
import { MARK_EXAMPLES } from './testing/markExamples'

describe('document marks', () => {
  for (const [name, example] of Object.entries(MARK_EXAMPLES)) {
    it(`${name}: fits the schema, renders as expected and reads back from Markdown`, () => {
      checkExample(example)
    })
  }
})
