import { act } from 'react'
import { afterEach, describe, expect, it, vi } from 'vitest'
import { mountArticleEditor, type MountedEditor } from '../testing/mountArticleEditor'

let mounted: MountedEditor | null = null
afterEach(() => {
  mounted?.unmount()
  mounted = null
  vi.restoreAllMocks()
})

/** Fires a paste on the editor as the browser would, with this HTML on the clipboard. */
function firePaste(target: Element, html: string): void {
  const event = new Event('paste', { bubbles: true, cancelable: true })
  const clipboardData = { getData: (type: string) => (type === 'text/html' ? html : ''), files: [] }
  Object.defineProperty(event, 'clipboardData', { value: clipboardData })
  target.dispatchEvent(event)
}

/** A Word picture beside text: a reference to a file on the writer's computer. */
const WORD_PICTURE = '<img src="file:///C:/Temp/clip_image001.png" alt="The quay at dawn">'
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
})
