import { act } from 'react'
import { type DocNode, unknownTypeName } from '@shared/article/Article'
import { afterAll, afterEach, describe, expect, it } from 'vitest'
import { mountArticleEditor, settle, type MountedEditor } from './testing/mountArticleEditor'

let mounted: MountedEditor | undefined
afterEach(() => mounted?.unmount())
// The bubble menu debounces its updates by 250 ms; let those timers fire before jsdom goes away.
afterAll(() => settle(300))

const text = (value: string): DocNode => ({ type: 'text', text: value })
const paragraph = (value: string): DocNode => ({ type: 'paragraph', content: [text(value)] })

describe('ArticleEditor', () => {
  it('renders the content inside [data-testid=editor] with the toolbar above it', () => {
    mounted = mountArticleEditor({ initialDoc: { type: 'doc', content: [paragraph('Hello')] } })
    const content = mounted.container.querySelector('[data-testid=editor] .ProseMirror')
    expect(content?.textContent).toBe('Hello')
    for (const id of ['tb-bold', 'tb-h2', 'tb-link', 'tb-image', 'tb-table', 'tb-undo']) {
      expect(mounted.byTestId(id), id).not.toBeNull()
    }
  })

  it('does not re-render React while typing, and hands onChange a getter per change', () => {
    mounted = mountArticleEditor({ initialDoc: { type: 'doc', content: [paragraph('Hello')] } })
    const { editor, props, commits } = mounted
    act(() => {
      editor.commands.setTextSelection(6)
      editor.view.dispatch(editor.state.tr.insertText('!'))
    })
    commits.count = 0
    props.onChange.mockClear()
    for (const key of ' world') {
      act(() => editor.view.dispatch(editor.state.tr.insertText(key)))
    }
    expect(commits.count).toBe(0)
    expect(props.onChange).toHaveBeenCalledTimes(6)
    const getDoc = props.onChange.mock.lastCall?.[0] as () => unknown
    expect(getDoc()).toEqual({ type: 'doc', content: [paragraph('Hello! world')] })
  })

  it('shows active marks and block type through aria-pressed', () => {
    mounted = mountArticleEditor({ initialDoc: { type: 'doc', content: [paragraph('Hello')] } })
    const { editor, byTestId } = mounted
    expect(byTestId('tb-bold')?.getAttribute('aria-pressed')).toBe('false')
    expect(byTestId('tb-paragraph')?.getAttribute('aria-pressed')).toBe('true')
    act(() => {
      editor.commands.setTextSelection({ from: 1, to: 6 })
      editor.commands.toggleBold()
    })
    expect(byTestId('tb-bold')?.getAttribute('aria-pressed')).toBe('true')
    act(() => byTestId('tb-h3')?.click())
    expect(byTestId('tb-h3')?.getAttribute('aria-pressed')).toBe('true')
    expect(mounted.doc().content?.[0]).toMatchObject({ type: 'heading', attrs: { level: 3 } })
  })

  it('inserts a 3×3 table with a header row and shows table controls inside it', () => {
    mounted = mountArticleEditor()
    const { byTestId } = mounted
    expect(byTestId('tb-row-after')).toBeNull()
    act(() => byTestId('tb-table')?.click())
    const table = mounted.doc().content?.find((node) => node.type === 'table')
    expect(table?.content).toHaveLength(3)
    expect(table?.content?.[0]?.content?.map((cell) => cell.type)).toEqual([
      'tableHeader',
      'tableHeader',
      'tableHeader',
    ])
    expect(byTestId('tb-header-row')?.getAttribute('aria-pressed')).toBe('true')
    act(() => byTestId('tb-row-after')?.click())
    act(() => byTestId('tb-col-after')?.click())
    const grown = mounted.doc().content?.find((node) => node.type === 'table')
    expect(grown?.content).toHaveLength(4)
    expect(grown?.content?.[0]?.content).toHaveLength(4)
    act(() => byTestId('tb-table-delete')?.click())
    expect(mounted.doc().content?.some((node) => node.type === 'table')).toBe(false)
  })

  it('reports word and character counts off the keystroke path', async () => {
    mounted = mountArticleEditor({ initialDoc: { type: 'doc', content: [paragraph('One two')] } })
    await settle(20)
    expect(mounted.props.onStats).toHaveBeenLastCalledWith({ words: 2, characters: 7 })
    const { editor, props } = mounted
    act(() => editor.view.dispatch(editor.state.tr.insertText(' three', 8)))
    expect(props.onStats).toHaveBeenCalledTimes(1)
    await settle(350)
    expect(props.onStats).toHaveBeenLastCalledWith({ words: 3, characters: 13 })
  })

  it('opens read-only for revisions: no toolbar, no editing', () => {
    mounted = mountArticleEditor({ readOnly: true })
    expect(mounted.byTestId('tb-bold')).toBeNull()
    expect(mounted.editor.isEditable).toBe(false)
  })

  it('opens a document with unknown content read-only instead of emptying it', () => {
    mounted = mountArticleEditor({
      initialDoc: {
        type: 'doc',
        content: [{ type: unknownTypeName('callout'), content: [paragraph('x')] }],
      },
    })
    expect(mounted.editor.isEditable).toBe(false)
    expect(mounted.byTestId('tb-bold')).toBeNull()
    expect(mounted.props.onError).toHaveBeenCalledWith(expect.stringContaining('read-only'))
    expect(mounted.props.onChange).not.toHaveBeenCalled()
  })

  it('cleans pasted HTML before it reaches the document', () => {
    mounted = mountArticleEditor()
    const { editor } = mounted
    act(() => {
      editor.view.pasteHTML(
        '<b id="docs-internal-guid-1"><h1>Title</h1><p><span style="font-weight:700">Bold</span> ' +
          '<a href="javascript:alert(1)">bad</a> <a href="https://example.com">good</a></p></b>',
      )
    })
    expect(editor.getHTML()).toBe(
      '<h2 dir="auto">Title</h2><p dir="auto"><strong>Bold</strong> bad <a href="https://example.com">good</a></p>',
    )
  })

  it('links a typed address as https once a space follows it', () => {
    mounted = mountArticleEditor()
    const { editor } = mounted
    act(() => void editor.view.dispatch(editor.state.tr.insertText('Visit example.com ')))
    expect(editor.getHTML()).toBe(
      '<p dir="auto">Visit <a href="https://example.com">example.com</a> </p>',
    )
  })

  it('refuses links that are not http(s) or mailto', () => {
    mounted = mountArticleEditor({ initialDoc: { type: 'doc', content: [paragraph('Hello')] } })
    const { editor } = mounted
    act(() => editor.commands.setTextSelection({ from: 1, to: 6 }))
    act(() => {
      expect(editor.commands.setLink({ href: 'javascript:alert(1)' })).toBe(false)
      expect(editor.commands.setLink({ href: 'https://example.com' })).toBe(true)
    })
  })
})
