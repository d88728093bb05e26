import { describe, expect, it } from 'vitest'
import { type DocNode, unknownTypeName } from '../article/Article'
import type { MarkName } from './documentMarks'
import type { NodeName } from './documentNodes'
import { isNodeType } from './isNodeType'

// These checks happen at compile time (npm run typecheck); the runtime asserts keep them honest.
describe('node and mark names as types', () => {
  it('refuses a table that leaves out a node', () => {
    // @ts-expect-error: every node name needs an entry
    const missing: Record<NodeName, true> = { paragraph: true }
    expect(Object.keys(missing)).toEqual(['paragraph'])
  })

  it('refuses a misspelt node or mark name', () => {
    // @ts-expect-error: 'paragrahp' is no node
    const typo: DocNode = { type: 'paragrahp' }
    // @ts-expect-error: 'bolt' is no mark
    const mark: MarkName = 'bolt'
    // @ts-expect-error: 'figure' is the image node's HTML, not its name
    const named = isNodeType({ type: { name: 'image' } }, 'figure')
    expect([typo.type, mark, named]).toEqual(['paragrahp', 'bolt', false])
  })

  it('lets a stored document name a node this version does not know, explicitly', () => {
    const foreign: DocNode = { type: unknownTypeName('callout') }
    expect(foreign.type).toBe('callout')
  })
})
