import { DOMParser as ProseMirrorDOMParser } from '@tiptap/pm/model'
import { act } from 'react'
import { afterEach, describe, expect, it, vi } from 'vitest'
import { mountArticleEditor, type MountedEditor } from '../testing/mountArticleEditor'
import { docWithPendingPaste } from './PasteInParts'

let mounted: MountedEditor | null = null
afterEach(() => {
  mounted?.unmount()
  mounted = null
  vi.restoreAllMocks()
})

/** Fires a paste on the editor as the browser would, with this HTML (and text) on the clipboard. */
function firePaste(target: Element, html: string, text = ''): void {
  const event = new Event('paste', { bubbles: true, cancelable: true })
  const data: Record<string, string> = { 'text/html': html, 'text/plain': text }
  const clipboardData = { getData: (type: string) => data[type] ?? '', files: [] }
  Object.defineProperty(event, 'clipboardData', { value: clipboardData })
  target.dispatchEvent(event)
}

/** A Word picture beside text: a reference to a file on the writer's computer. */
const WORD_PICTURE = '<img src="file:///C:/Temp/clip_image001.png" alt="The quay at dawn">'
/** A long report of every kind of block, 1,500 of them: its middle is parsed apart, in parts. */
const VERY_LONG_REPORT = Array.from({ length: 1500 }, (_, i) => {
  if (i % 50 === 7) return `<h2>Part ${i}</h2>`
  if (i % 70 === 9) return `<ul><li>one ${i}</li><li>two<ul><li>nested ${i}</li></ul></li></ul>`
  if (i % 90 === 11) return `<blockquote><p>Quoted ${i}</p><p>and more</p></blockquote>`
  if (i % 110 === 13) return `<pre><code>code ${i}\n  indented</code></pre>`
  if (i % 130 === 17) return `<table><tr><th>Head ${i}</th></tr><tr><td>Cell</td></tr></table>`
  if (i % 150 === 19) return `<p>Line one ${i}<br>line two<br></p>`
  if (i % 170 === 23) return '<hr>'
  return `<p>Paragraph <strong>${i}</strong> with <a href="https://example.com/${i}">a link</a>.</p>`
}).join('\n')

/** A long plain-text report: spaces, tabs, blank lines, Windows line ends, a line of its own at each end. */
const VERY_LONG_TEXT = `\n${Array.from({ length: 1500 }, (_, i) =>
  i % 40 === 3
    ? `  Indented ${i}\twith a tab  and  double spaces  `
    : i % 55 === 5
      ? `Blank lines follow ${i}\n\n\n`
      : `Line ${i}: Ünïcödé, “quotes” & <angle> brackets`,
).join('\n')}\r\nThe last line.\n`

/** The editor's document once the paste under way is all in, or null while it is not. */
function settled(editor: MountedEditor['editor']) {
  const { state } = editor
  return state.doc.childCount > 1 && docWithPendingPaste(state) === state.doc ? state.doc : null
}

/** Enough paragraphs (over 32,000 characters) to take the long-paste path, cleaned in steps. */
const LONG_TEXT = Array.from({ length: 2000 }, (_, i) => `<p>Paragraph ${i + 1}.</p>`).join('')

describe('PasteCleaner', () => {
  it('says once how many links and images the URL rule took out of a paste', () => {
    mounted = mountArticleEditor()
    const { editor } = mounted
    act(() => {
      editor.view.pasteHTML(
        '<p><a href="vbscript:msgbox(1)">one</a> <a href="\\\\host\\share">two</a> ' +
          '<a href="https://example.com">three</a></p><img src="file:///etc/passwd" alt="x">',
      )
    })
    expect(editor.getHTML()).toBe(
      '<p dir="auto">one two <a href="https://example.com">three</a></p>',
    )
    expect(mounted.props.onError).toHaveBeenCalledTimes(1)
    expect(mounted.props.onError).toHaveBeenCalledWith(
      '2 links and 1 image were removed: unsafe targets. Their words were kept.',
    )
  })

  it('refuses a nesting bomb with a message, and leaves the document as it was', () => {
    mounted = mountArticleEditor()
    const { editor } = mounted
    const before = editor.getHTML()
    act(() => void editor.view.pasteHTML(`${'<div>'.repeat(5000)}deep${'</div>'.repeat(5000)}`))
    expect(editor.getHTML()).toBe(before)
    expect(mounted.props.onError).toHaveBeenCalledWith(expect.stringContaining('nested too deeply'))
  })

  it('keeps a web image in the document but does not load it', () => {
    mounted = mountArticleEditor()
    const { editor, container } = mounted
    act(
      () => void editor.view.pasteHTML('<img src="https://tracker.example/p.gif?draft=1" alt="">'),
    )
    expect(JSON.stringify(mounted.doc())).toContain('https://tracker.example/p.gif?draft=1')
    const figure = container.querySelector('.ui-figure')
    expect(figure?.classList.contains('ui-figure--remote')).toBe(true)
    expect(figure?.querySelector('img')?.hasAttribute('src')).toBe(false)
  })

  it('refuses a long hostile paste with a picture before parsing any of it', async () => {
    mounted = mountArticleEditor()
    const { editor } = mounted
    const parse = vi.spyOn(DOMParser.prototype, 'parseFromString')
    const bomb = `${WORD_PICTURE}${LONG_TEXT}${'<div>'.repeat(300)}deep${'</div>'.repeat(300)}`
    act(() => firePaste(editor.view.dom, bomb))
    await vi.waitFor(() =>
      expect(mounted?.props.onError).toHaveBeenCalledWith(
        expect.stringContaining('nested too deeply'),
      ),
    )
    expect(parse).not.toHaveBeenCalled()
    expect(mounted.props.onError).toHaveBeenCalledTimes(1)
  })

  it('names a picture left behind by a long paste, parsing the paste once', async () => {
    mounted = mountArticleEditor()
    const { editor } = mounted
    const parse = vi.spyOn(DOMParser.prototype, 'parseFromString')
    const html = `${WORD_PICTURE}${LONG_TEXT}`
    act(() => firePaste(editor.view.dom, html))
    await vi.waitFor(() =>
      expect(mounted?.props.onError).toHaveBeenCalledWith(
        expect.stringContaining('The quay at dawn'),
      ),
    )
    expect(parse.mock.calls.filter(([source]) => source === html)).toHaveLength(1)
  })

  it('parses a very long paste in parts into the very document one parse makes', async () => {
    const parse = vi.spyOn(ProseMirrorDOMParser.prototype, 'parse')
    mounted = mountArticleEditor()
    const inParts = mounted
    const oneParse = mountArticleEditor()
    try {
      act(() => firePaste(inParts.editor.view.dom, VERY_LONG_REPORT))
      // ProseMirror's own paste of the same HTML, cleaned by transformPastedHTML, in one parse.
      act(() => oneParse.editor.view.pasteHTML(VERY_LONG_REPORT))
      const timeout = { timeout: 30_000, interval: 50 }
      const expected = await vi.waitFor(() => settled(oneParse.editor) ?? Promise.reject(), timeout)
      const actual = await vi.waitFor(() => settled(inParts.editor) ?? Promise.reject(), timeout)
      expect(actual.toJSON()).toEqual(expected.toJSON())
      expect(actual.childCount).toBeGreaterThan(1400)
      // The middle came in parts of its own (the one parse above used parseSlice).
      expect(parse.mock.calls.length).toBeGreaterThanOrEqual(3)
    } finally {
      oneParse.unmount()
    }
  }, 60_000)

  it('parses a very long plain-text paste in parts into the very document ProseMirror makes', async () => {
    const parse = vi.spyOn(ProseMirrorDOMParser.prototype, 'parse')
    mounted = mountArticleEditor()
    const inParts = mounted
    const oneParse = mountArticleEditor()
    try {
      act(() => firePaste(inParts.editor.view.dom, '', VERY_LONG_TEXT))
      act(() => oneParse.editor.view.pasteText(VERY_LONG_TEXT))
      const timeout = { timeout: 30_000, interval: 50 }
      const expected = await vi.waitFor(() => settled(oneParse.editor) ?? Promise.reject(), timeout)
      const actual = await vi.waitFor(() => settled(inParts.editor) ?? Promise.reject(), timeout)
      expect(actual.toJSON()).toEqual(expected.toJSON())
      expect(actual.textContent).toContain('  Indented 43\twith a tab  and  double spaces  ')
      expect(parse.mock.calls.length).toBeGreaterThanOrEqual(3)
    } finally {
      oneParse.unmount()
    }
  }, 60_000)
})
