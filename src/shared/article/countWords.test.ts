import { describe, expect, it } from 'vitest'
import { countWords } from './countWords'

describe('countWords', () => {
  it('counts words joined by apostrophes and hyphens once', () => {
    expect(countWords("Don't stop: a state-of-the-art plan, 2024 edition.")).toBe(7)
  })

  it('counts decimals and abbreviations once', () => {
    expect(countWords('Fares rise 3.5 per cent, e.g. on the line.')).toBe(9)
  })

  it('counts words in any script', () => {
    expect(countWords('Überraschung für München — Ελληνικά слова')).toBe(5)
  })

  it('is zero for punctuation and space', () => {
    expect(countWords(' — … !! ')).toBe(0)
  })
})

describe('countWords against the reference pattern', () => {
  const reference = (text: string) =>
    text.match(/[\p{L}\p{N}]+(['’.-][\p{L}\p{N}]+)*/gu)?.length ?? 0

  it.each([
    "it's a dog-eat-dog world, isn't it?",
    'a--b -c d- e-f-g ’tis rock’n’roll',
    '𝐁𝐨𝐥𝐝 math letters 𝟏𝟐𝟑 and 😀 emoji',
    '東京 タワー 123,456.78 item#4',
    'tab\tseparated\nlines\r\nand   spaces',
  ])('counts %j as the pattern does', (text) => {
    expect(countWords(text)).toBe(reference(text))
  })

  it('keeps an accent typed as a combining mark inside its word', () => {
    expect(countWords('cafe\u0301 ole\u0301')).toBe(2)
  })
})

describe('countWords in scripts written without spaces', () => {
  it.each([
    ['Chinese', '北京欢迎你。我们今天发布新产品', 8],
    ['Japanese', '東京の港が開く', 5],
    ['Japanese katakana with a long vowel mark', 'ラーメン', 1],
    ['Thai', 'สวัสดีชาวโลก', 3],
    ['Chinese among English', 'Copydesk 支持 中文 and more', 5],
  ])('counts %s words, not characters or runs', (_script, text, words) => {
    expect(countWords(text)).toBe(words)
  })

  it('reads a thousand characters of Chinese in two to three minutes, as Chinese readers do', () => {
    const text = '我们今天在北京发布了新产品，港口的新航线将于明年春天开通。'.repeat(35)
    expect(text.length).toBeGreaterThan(1000)
    const minutes = Math.round(countWords(text) / 230)
    expect(minutes).toBeGreaterThanOrEqual(2)
    expect(minutes).toBeLessThanOrEqual(3)
  })
})
