import { Editor } from '@tiptap/core'
import { afterEach, describe, expect, it } from 'vitest'
import { createEditorExtensions } from '../createEditorExtensions'
import { AFTER_HEADING_CLASS } from './AfterHeadingSpacing'

// ProseMirror's pasteHTML() builds a ClipboardEvent, which jsdom does not define.
globalThis.ClipboardEvent ??= class extends Event {
  readonly clipboardData: DataTransfer | null = null
} as unknown as typeof ClipboardEvent

let editor: Editor
afterEach(() => editor.destroy())

function open(html: string): Editor {
  editor = new Editor({
    extensions: createEditorExtensions({ articleId: 'a-test' }),
    content: html,
  })
  return editor
}

/** Each top-level block as its tag, with a `*` where the editor marked it as after a heading. */
function blocks(): string[] {
  return Array.from(editor.view.dom.children).map(
    (el) => el.tagName.toLowerCase() + (el.classList.contains(AFTER_HEADING_CLASS) ? '*' : ''),
  )
}

/** What the marks should be, worked out from the tags alone, as `h2 + *` would match. */
function expected(): string[] {
  const tags = Array.from(editor.view.dom.children).map((el) => el.tagName.toLowerCase())
  return tags.map((tag, i) => tag + (/^h[234]$/.test(tags[i - 1] ?? '') ? '*' : ''))
}

describe('AfterHeadingSpacing', () => {
  it('marks the block after each heading, and only that one', () => {
    open('<h2>A</h2><p>one</p><p>two</p><h3>B</h3><ul><li><p>x</p></li></ul><h4>C</h4><h2>D</h2>')
    expect(blocks()).toEqual(['h2', 'p*', 'p', 'h3', 'ul*', 'h4', 'h2*'])
  })

  it('follows edits: a heading made, unmade, deleted, and a long paste after one', () => {
    open('<p>one</p><p>two</p><p>three</p>')
    editor.chain().setTextSelection(2).setNode('heading', { level: 2 }).run()
    expect(blocks()).toEqual(['h2', 'p*', 'p'])

    editor.chain().setTextSelection(8).setNode('heading', { level: 3 }).run()
    expect(blocks()).toEqual(['h2', 'h3*', 'p*'])

    editor.chain().setTextSelection(2).setNode('paragraph').run()
    expect(blocks()).toEqual(['p', 'h3', 'p*'])

    // Deleting the block after a heading marks the one that moves up.
    const { doc } = editor.state
    const third = doc.child(0).nodeSize + doc.child(1).nodeSize
    editor.commands.insertContentAt(third + doc.child(2).nodeSize, '<p>four</p><hr><p>five</p>')
    editor.commands.deleteRange({ from: third, to: third + doc.child(2).nodeSize })
    expect(blocks()).toEqual(['p', 'h3', 'p*', 'hr', 'p'])

    editor.chain().setTextSelection(editor.state.doc.content.size).splitBlock().run()
    editor.view.pasteHTML(
      '<h2>Report</h2>' + Array.from({ length: 50 }, (_, i) => `<p>${i}</p>`).join(''),
    )
    expect(blocks()).toEqual(expected())
    expect(blocks().slice(-51)).toEqual(['h2', 'p*', ...Array<string>(49).fill('p')])
  })
})
