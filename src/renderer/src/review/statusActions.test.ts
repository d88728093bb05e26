import { describe, expect, it } from 'vitest'
import { describeStatusChange, statusActions, statusPath } from './statusActions'

describe('statusActions', () => {
  it('offers the next review step from each status', () => {
    const targets = (s: Parameters<typeof statusActions>[0]) => statusActions(s).map((a) => a.to)
    expect(targets('draft')).toEqual(['in_review'])
    expect(targets('in_review')).toEqual(['approved', 'draft'])
    expect(targets('approved')).toEqual(['draft'])
    expect(targets('published')).toEqual(['draft'])
    expect(statusActions('in_review').find((a) => a.primary)?.label).toBe('Approve')
  })

  it('describes a change with who made it, and a path between labels', () => {
    const change = { from: 'in_review', to: 'draft', by: 'Ben', at: '' } as const
    expect(describeStatusChange(change)).toBe('Ben moved it back to draft')
    expect(statusPath(change)).toBe('In review → Draft')
    expect(describeStatusChange({ ...change, to: 'approved', by: ' ' })).toBe('Someone approved it')
  })
})
