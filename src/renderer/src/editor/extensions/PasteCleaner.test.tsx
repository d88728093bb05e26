import { act } from 'react'
import { afterEach, describe, expect, it } from 'vitest'
import { mountArticleEditor, type MountedEditor } from '../testing/mountArticleEditor'

let mounted: MountedEditor | null = null
afterEach(() => {
  mounted?.unmount()
  mounted = null
})

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
})
