import { describe, expect, it } from 'vitest'
import type { ChannelService } from './ChannelService'

// Compile-time checks (npm run typecheck); the runtime asserts keep them honest.
describe('ChannelService', () => {
  it('asks for a method per channel of the group, named as the channel', () => {
    // @ts-expect-error: comments.apply has no method
    const missing: ChannelService<'comments'> = {
      list: () => ({ comments: [], userName: 'Ana' }),
    }
    const renamed: ChannelService<'trash'> = {
      list: () => [],
      restore: () => {
        throw new Error('not called')
      },
      empty: () => ({ removed: 0 }),
      // @ts-expect-error: no channel is called trashList
      trashList: () => [],
    }
    expect(Object.keys(missing)).toEqual(['list'])
    expect(Object.keys(renamed)).toContain('trashList')
  })

  it('checks each method against the channel schemas', () => {
    const service: ChannelService<'articles'> = {
      list: () => ({ items: [], total: 0 }),
      facets: () => ({ categories: [], tags: [] }),
      // @ts-expect-error: the answer must be an Article
      get: () => ({ title: 'not an article' }),
      create: () => {
        throw new Error('not called')
      },
      save: () => {
        throw new Error('not called')
      },
      duplicate: () => {
        throw new Error('not called')
      },
      delete: () => undefined,
    }
    expect(typeof service.get).toBe('function')
  })
})
