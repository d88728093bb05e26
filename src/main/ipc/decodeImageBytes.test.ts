import { afterEach, describe, expect, it } from 'vitest'
import { applyLanguage } from '@shared/i18n/i18n'
import { decodeImageBytes } from './decodeImageBytes'

afterEach(() => applyLanguage('en', ['en-US']))

describe('decodeImageBytes messages', () => {
  it('says what is wrong in English by default', () => {
    expect(() => decodeImageBytes('')).toThrow('That image file is empty.')
  })

  it('says it in the language chosen in Settings', () => {
    applyLanguage('de', ['en-US'])
    expect(() => decodeImageBytes('')).toThrow('Diese Bilddatei ist leer.')
    expect(() => decodeImageBytes('abc')).toThrow('Die Bilddaten wurden unterwegs beschädigt.')
  })
})
