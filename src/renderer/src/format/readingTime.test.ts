import { describe, expect, it } from 'vitest'
import { readingMinutes } from '@shared/article/readingMinutes'
import { readingTime } from './readingTime'

describe('readingTime', () => {
  it('reads 230 words a minute', () => {
    expect(readingTime(690)).toBe('3 min read')
    expect(readingTime(2300)).toBe('10 min read')
  })

  it('rounds to the nearest minute', () => {
    expect(readingMinutes(574)).toBe(2)
    expect(readingMinutes(575)).toBe(3)
  })

  it('never says zero minutes for a text that has words', () => {
    expect(readingTime(12)).toBe('1 min read')
    expect(readingTime(0)).toBe('0 min read')
  })
})
