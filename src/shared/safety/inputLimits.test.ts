import { describe, expect, it } from 'vitest'
import {
  checkDocumentLimits,
  checkHtmlLimits,
  INPUT_LIMITS,
  jsonNestingDepth,
  storedArticleProblem,
} from './inputLimits'

describe('checkHtmlLimits', () => {
  it('lets a real page through', () => {
    const page = '<h2>Title</h2>' + '<p>Some <b>bold</b> words<br><img src="a.png"></p>'.repeat(500)
    expect(checkHtmlLimits(page)).toBeNull()
  })

  it('refuses a nesting bomb with a message', () => {
    expect(checkHtmlLimits('<div>'.repeat(5000))).toMatch(/nested too deeply/)
  })

  it('refuses too many elements and too much text', () => {
    expect(checkHtmlLimits('<b></b>'.repeat(INPUT_LIMITS.maxNodes + 1))).toMatch(/too many parts/)
    expect(checkHtmlLimits('a'.repeat(INPUT_LIMITS.maxTextLength + 1))).toMatch(/too large/)
  })

  it('reads a 2 MB run of unclosed tags in linear time', () => {
    expect(checkHtmlLimits('<a'.repeat(1_000_000))).toBeNull()
  })
})

describe('stored documents', () => {
  it('measures JSON nesting without parsing, ignoring brackets in strings', () => {
    expect(jsonNestingDepth('{"a":[{"b":"[[[["}]}')).toBe(3)
  })

  it('refuses a 2 MB nesting bomb before parsing it', () => {
    expect(storedArticleProblem('['.repeat(2_000_000))).toMatch(/nested too deeply/)
  })

  it('lets a document nested 500 deep through, as the editor and renderers take it', () => {
    let node: unknown = { type: 'paragraph', content: [{ type: 'text', text: 'Deep text' }] }
    for (let i = 0; i < 500; i++) node = { type: 'blockquote', content: [node] }
    const file = JSON.stringify({ schema: 1, doc: { type: 'doc', content: [node] } })
    expect(storedArticleProblem(file)).toBeNull()
    expect(checkDocumentLimits(node)).toBeNull()
  })

  it('walks a deep document without recursion', () => {
    let node: unknown = { type: 'text', text: 'x' }
    for (let i = 0; i < 100_000; i++) node = { type: 'blockquote', content: [node] }
    expect(checkDocumentLimits(node)).toMatch(/nested too deeply/)
    expect(checkDocumentLimits({ type: 'doc', content: [{ type: 'paragraph' }] })).toBeNull()
  })
})
