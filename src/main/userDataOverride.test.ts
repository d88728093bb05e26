import { resolve } from 'node:path'
import { describe, expect, it } from 'vitest'
import { userDataOverride } from './userDataOverride'

describe('userDataOverride', () => {
  it('is null when nothing is requested', () => {
    expect(userDataOverride(['electron', '.'], {})).toBeNull()
  })

  it('prefers COPYDESK_USER_DATA', () => {
    const argv = ['electron', '.', '--user-data-dir=/tmp/flag']
    expect(userDataOverride(argv, { COPYDESK_USER_DATA: 'relative/dir' })).toBe(
      resolve('relative/dir'),
    )
  })

  it('accepts an absolute --user-data-dir and ignores a relative one', () => {
    expect(userDataOverride(['x', '--user-data-dir=/tmp/profile'], {})).toBe('/tmp/profile')
    expect(userDataOverride(['x', '--user-data-dir=profile'], {})).toBeNull()
  })
})
