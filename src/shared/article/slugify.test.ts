import { describe, expect, it } from 'vitest'
import { MAX_SLUG_LENGTH, slugify } from './slugify'

const SAFE = /^[a-z0-9]+(-[a-z0-9]+)*$/

describe('slugify', () => {
  it('lowercases and joins words with single dashes', () => {
    expect(slugify('  Harbour   Expansion -- Opens New Routes! ')).toBe(
      'harbour-expansion-opens-new-routes',
    )
  })

  it('strips accents and spells out letters NFKD keeps whole', () => {
    expect(slugify('Café au lait: 5 façons')).toBe('cafe-au-lait-5-facons')
    expect(slugify('Straße über Øresund, Łódź')).toBe('strasse-uber-oresund-lodz')
  })

  it('reads apostrophes and ampersands as a person would', () => {
    expect(slugify('Don’t panic & carry on')).toBe('dont-panic-and-carry-on')
  })

  it('never lets a path escape or point at a parent folder', () => {
    expect(slugify('../../x')).toBe('x')
    expect(slugify('..')).toBe('untitled')
    expect(slugify('.')).toBe('untitled')
    expect(slugify('a/b\\c:d*e?f"g<h>i|j')).toBe('a-b-c-d-e-f-g-h-i-j')
  })

  it('avoids Windows reserved names', () => {
    expect(slugify('CON')).toBe('con-1')
    expect(slugify('nul')).toBe('nul-1')
    expect(slugify('Com1')).toBe('com1-1')
    expect(slugify('LPT9')).toBe('lpt9-1')
    expect(slugify('console')).toBe('console')
  })

  it('is never empty', () => {
    expect(slugify('')).toBe('untitled')
    expect(slugify('   ')).toBe('untitled')
    expect(slugify('!!! ---')).toBe('untitled')
  })

  it('gives emoji-only and non-latin titles a stable article-<tag> slug', () => {
    const party = slugify('🎉🎉')
    expect(party).toMatch(/^article-[a-z0-9]{7}$/)
    expect(slugify('🎉🎉')).toBe(party)
    expect(slugify('🚀')).not.toBe(party)
    expect(slugify('東京の港')).toMatch(/^article-[a-z0-9]{7}$/)
  })

  it.each([
    ['Cyrillic', 'Привет, мир: новые маршруты', 'privet-mir-novye-marshruty'],
    ['Ukrainian', 'Українська мова', 'ukrainska-mova'],
    ['Greek', 'Αθήνα: νέα γραμμή', 'athina-nea-grammi'],
    ['Arabic', 'مرحبا بالعالم', 'mrhb-bllm'],
    ['Hebrew', 'שלום עולם', 'slvm-vlm'],
    ['Devanagari', 'नमस्ते दुनिया', 'nmste-duniya'],
    ['Chinese, cut into words', '北京欢迎你', 'beijing-huanying-ni'],
    ['Korean', '안녕하세요 세계', 'annyeonghaseyo-segye'],
    ['Japanese kana', 'ひらがな カタカナ', 'hiragana-katakana'],
    ['Thai, cut into words', 'สวัสดีชาวโลก', 'swasdi-chaw-olk'],
    ['a mix', 'Tokyo 2026: Москва и 北京', 'tokyo-2026-moskva-i-beijing'],
  ])('transliterates %s into a readable slug', (_script, title, slug) => {
    expect(slugify(title)).toBe(slug)
  })

  it('leaves out Japanese it cannot read rather than reading kanji as Chinese', () => {
    expect(slugify('iPhone 17 の発売')).toBe('iphone-17')
    expect(slugify('東京の港')).toMatch(/^article-[a-z0-9]{7}$/)
  })

  it('keeps such Japanese as written when Unicode is allowed, and romanises the rest', () => {
    expect(slugify('東京の港', { unicode: true })).toBe('東京の港')
    expect(slugify('iPhone 17 の発売: がんばる', { unicode: true })).toBe(
      'iphone-17-の発売-がんばる',
    )
    expect(slugify('Привет', { unicode: true })).toBe('privet')
  })

  it('leaves emoji out of slugs', () => {
    expect(slugify('Launch day 🚀🎉')).toBe('launch-day')
  })

  it('cuts long titles at a word boundary', () => {
    const slug = slugify('word '.repeat(100))
    expect(slug.length).toBeLessThanOrEqual(MAX_SLUG_LENGTH)
    expect(slug).toMatch(SAFE)
    expect(slug.endsWith('word')).toBe(true)
  })

  it('cuts one enormous word hard', () => {
    const slug = slugify('x'.repeat(500))
    expect(slug).toBe('x'.repeat(MAX_SLUG_LENGTH))
  })

  it.each([
    '../../etc/passwd',
    'CON',
    'aux.txt',
    '🙂',
    'a'.repeat(500),
    '  -leading and trailing-  ',
    'Ünïcödé ñ 😀 mixed',
    '\u0000\u0007control',
    'é'.repeat(300),
  ])('gives a safe slug for %j', (title) => {
    const slug = slugify(title)
    expect(slug).toMatch(SAFE)
    expect(slug.length).toBeGreaterThan(0)
    expect(slug.length).toBeLessThanOrEqual(MAX_SLUG_LENGTH)
    expect(['.', '..', 'con', 'prn', 'aux', 'nul']).not.toContain(slug)
  })
})
