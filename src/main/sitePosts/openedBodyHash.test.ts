import { describe, expect, it } from 'vitest'
import { openedBodyHash } from './openedBodyHash'

describe('openedBodyHash', () => {
  it('does not count the empty paragraphs the editor keeps at the end', () => {
    const body = '<p>The plant.</p>\n<figure><img src="a.png" alt=""></figure>'
    expect(openedBodyHash(`${body}\n<p></p>`)).toBe(openedBodyHash(body))
    expect(openedBodyHash(`${body}\n<p></p>\n<p></p>\n`)).toBe(openedBodyHash(`${body}\n`))
  })

  it('counts every other change, an empty paragraph between blocks included', () => {
    const body = '<p>One.</p>\n<p>Two.</p>'
    expect(openedBodyHash('<p>One.</p>\n<p></p>\n<p>Two.</p>')).not.toBe(openedBodyHash(body))
    expect(openedBodyHash('<p>One.</p>\n<p>Two!</p>')).not.toBe(openedBodyHash(body))
  })
})
