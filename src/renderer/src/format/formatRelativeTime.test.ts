import { describe, expect, it } from 'vitest'
import { formatRelativeTime } from './formatRelativeTime'

const now = new Date(2025, 5, 18, 15, 0, 0)
const ago = (ms: number): string => new Date(now.getTime() - ms).toISOString()

describe('formatRelativeTime', () => {
  it('says "Just now" for the last minute and for clocks slightly ahead', () => {
    expect(formatRelativeTime(ago(59_000), now)).toBe('Just now')
    expect(formatRelativeTime(ago(-5_000), now)).toBe('Just now')
  })

  it('counts minutes, then hours within the same day', () => {
    expect(formatRelativeTime(ago(60_000), now)).toBe('1 min ago')
    expect(formatRelativeTime(ago(59 * 60_000), now)).toBe('59 min ago')
    expect(formatRelativeTime(ago(3 * 3_600_000 + 120_000), now)).toBe('3 h ago')
  })

  it('uses calendar days: late last night is "Yesterday"', () => {
    const lateLastNight = new Date(2025, 5, 17, 23, 30).toISOString()
    expect(formatRelativeTime(lateLastNight, now)).toBe('Yesterday')
    expect(formatRelativeTime(new Date(2025, 5, 14, 9, 0).toISOString(), now)).toBe('4 days ago')
  })

  it('falls back to a short date after a week, adding the year when it differs', () => {
    expect(formatRelativeTime(new Date(2025, 2, 12, 9, 0).toISOString(), now)).toBe('12 Mar')
    expect(formatRelativeTime(new Date(2023, 10, 2, 9, 0).toISOString(), now)).toBe('2 Nov 2023')
  })

  it('returns an empty string for a date it cannot read', () => {
    expect(formatRelativeTime('not a date', now)).toBe('')
  })
})
