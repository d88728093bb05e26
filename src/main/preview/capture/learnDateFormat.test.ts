import { describe, expect, it } from 'vitest'
import { learnDateFormat } from './learnDateFormat'

describe('learnDateFormat', () => {
  it.each([
    ['2020-02-27', '2020-02-27', '%Y-%m-%d'],
    ['February 27, 2020', '2020-02-27', '%B %-d, %Y'],
    ['27 February 2020', undefined, '%-d %B %Y'],
    ['27.02.2020', '2020-02-27T09:00:00+01:00', '%d.%m.%Y'],
    ['5 Mar 2021', '2021-03-05', '%-d %b %Y'],
    ['Published 05/03/2021', '2021-03-05', 'Published %d/%m/%Y'],
  ])('learns “%s”', (text, datetime, format) => {
    expect(learnDateFormat(text, datetime)).toBe(format)
  })

  it('keeps the app’s own format for what it cannot read', () => {
    expect(learnDateFormat('27. Februar 2020', '2020-02-27')).toBeNull()
    expect(learnDateFormat('yesterday')).toBeNull()
    expect(learnDateFormat('{{ 2020 }}', '2020-02-27')).toBeNull()
  })
})
