import { describe, expect, it } from 'vitest'
import { describeTeamSyncStatus } from './TeamSyncStatus'

describe('describeTeamSyncStatus', () => {
  it('says Synced, n changes waiting, or Offline since when', () => {
    const now = new Date(2026, 11, 4, 15, 0)
    expect(describeTeamSyncStatus({ kind: 'synced' }, now)).toBe('Synced')
    expect(describeTeamSyncStatus({ kind: 'waiting', changes: 1 }, now)).toBe('1 change waiting')
    expect(describeTeamSyncStatus({ kind: 'waiting', changes: 3 }, now)).toBe('3 changes waiting')
    const since = new Date(2026, 11, 4, 9, 5).toISOString()
    expect(describeTeamSyncStatus({ kind: 'offline', since, changes: 2 }, now)).toMatch(
      /^Offline since 0?9:05/,
    )
    const yesterday = new Date(2026, 11, 3, 9, 5).toISOString()
    expect(describeTeamSyncStatus({ kind: 'offline', since: yesterday, changes: 0 }, now)).toMatch(
      /^Offline since .*2026.* 0?9:05/,
    )
  })
})
