import { describe, expect, it } from 'vitest'
import { fromDateTimeLocal, toDateTimeLocal } from './dateTimeLocal'

describe('datetime-local conversion', () => {
  it('round-trips a local date and time through ISO', () => {
    const iso = fromDateTimeLocal('2025-03-04T09:05')
    expect(iso).toBe(new Date(2025, 2, 4, 9, 5).toISOString())
    expect(toDateTimeLocal(iso)).toBe('2025-03-04T09:05')
  })

  it('treats an empty or broken value as "no date"', () => {
    expect(fromDateTimeLocal('')).toBeNull()
    expect(fromDateTimeLocal('soon')).toBeNull()
    expect(toDateTimeLocal(null)).toBe('')
    expect(toDateTimeLocal('garbage')).toBe('')
  })
})
