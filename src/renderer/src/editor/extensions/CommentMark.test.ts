import { Editor } from '@tiptap/core'
import { afterEach, describe, expect, it } from 'vitest'
import { findCommentRanges } from '../comments/findCommentRanges'
import { createEditorExtensions } from '../createEditorExtensions'

// ProseMirror's pasteHTML() builds a ClipboardEvent, which jsdom does not define.
globalThis.ClipboardEvent ??= class extends Event {
  readonly clipboardData: DataTransfer | null = null
} as unknown as typeof ClipboardEvent

const TEXT = 'The port reopens on Monday.'
let editor: Editor

function open(text = TEXT): Editor {
  editor = new Editor({
    extensions: createEditorExtensions({ articleId: 'a-test' }),
    content: { type: 'doc', content: [{ type: 'paragraph', content: [{ type: 'text', text }] }] },
  })
  return editor
}

/** Comments on `from..to` (ProseMirror positions; the paragraph's text starts at 1). */
function comment(id: string, from: number, to: number): void {
  editor.chain().setTextSelection({ from, to }).addComment(id).run()
}

function passage(id: string): string | null {
  const range = findCommentRanges(editor.state.doc).get(id)
  return range ? editor.state.doc.textBetween(range.from, range.to) : null
}

afterEach(() => editor?.destroy())

describe('CommentMark', () => {
  it('marks the selected words and stores the id in the document', () => {
    open()
    comment('c1', 10, 17)
    expect(passage('c1')).toBe('reopens')
    expect(JSON.stringify(editor.getJSON())).toContain(
      '{"type":"comment","attrs":{"commentId":"c1"}}',
    )
  })

  it('follows its text when words are typed before, inside and right after it', () => {
    open()
    comment('c1', 10, 17)
    editor.chain().setTextSelection(1).insertContent('Today ').run()
    expect(passage('c1')).toBe('reopens')
    const from = findCommentRanges(editor.state.doc).get('c1')?.from ?? 0
    editor
      .chain()
      .setTextSelection(from + 2)
      .insertContent('-')
      .run()
    expect(passage('c1')).toBe('re-opens')
    const to = findCommentRanges(editor.state.doc).get('c1')?.to ?? 0
    editor.chain().setTextSelection(to).insertContent('!').run()
    // Typing at the edge does not grow the passage.
    expect(passage('c1')).toBe('re-opens')
    expect(editor.state.doc.textContent).toBe('Today The port re-opens! on Monday.')
  })

  it('lets comments overlap and removes one without touching the other', () => {
    open()
    comment('c1', 5, 17)
    comment('c2', 10, 27)
    expect(passage('c1')).toBe('port reopens')
    expect(passage('c2')).toBe('reopens on Monday')
    editor.commands.removeComment('c1')
    expect(passage('c1')).toBeNull()
    expect(passage('c2')).toBe('reopens on Monday')
  })

  it('is detached when its text is deleted, and comes back with undo', () => {
    open()
    comment('c1', 10, 17)
    editor.chain().setTextSelection({ from: 9, to: 17 }).deleteSelection().run()
    expect(editor.state.doc.textContent).toBe('The port on Monday.')
    expect(findCommentRanges(editor.state.doc).has('c1')).toBe(false)
    editor.commands.undo()
    expect(passage('c1')).toBe('reopens')
    editor.commands.redo()
    expect(findCommentRanges(editor.state.doc).has('c1')).toBe(false)
  })

  it('is not undone itself: undo skips over adding the comment', () => {
    open()
    editor
      .chain()
      .setTextSelection(TEXT.length + 1)
      .insertContent(' Early.')
      .run()
    comment('c1', 10, 17)
    editor.commands.undo()
    expect(editor.state.doc.textContent).toBe(TEXT)
    expect(passage('c1')).toBe('reopens')
  })

  it('refuses an empty selection and an unsafe id', () => {
    open()
    expect(editor.chain().setTextSelection(3).addComment('c1').run()).toBe(false)
    expect(editor.chain().setTextSelection({ from: 1, to: 4 }).addComment('a"]b').run()).toBe(false)
    expect(findCommentRanges(editor.state.doc).size).toBe(0)
  })

  it('keeps comment spans out of copied HTML, and puts them back when pasted into the editor', () => {
    open()
    comment('c1', 10, 17)
    editor.commands.setTextSelection({ from: 5, to: 20 })
    const { dom, text } = editor.view.serializeForClipboard(editor.state.selection.content())
    expect(text).toBe('port reopens on')
    expect(dom.innerHTML).toContain('reopens')
    expect(dom.innerHTML).not.toContain('data-comment-id')
    expect(dom.innerHTML).not.toContain('ui-comment')

    editor.commands.setTextSelection(editor.state.doc.content.size - 1)
    editor.view.pasteHTML(dom.innerHTML)
    expect(editor.state.doc.textContent).toBe(`${TEXT}port reopens on`)
    const marked: string[] = []
    editor.state.doc.descendants((node) => {
      if (node.marks.some((m) => m.attrs.commentId === 'c1')) marked.push(node.text ?? '')
    })
    expect(marked).toEqual(['reopens', 'reopens'])
  })

  it('never makes comments from pasted HTML that carries comment spans', () => {
    open('')
    editor.view.pasteHTML('<p>Hello <span data-comment-id="c9" class="ui-comment">there</span></p>')
    expect(editor.state.doc.textContent).toBe('Hello there')
    expect(findCommentRanges(editor.state.doc).size).toBe(0)
  })
})
