import { describe, expect, it } from 'vitest'
import { Editor } from '@tiptap/core'
import StarterKit from '@tiptap/starter-kit'
import { docToJson } from './docToJson'

function editorWith(html: string): Editor {
  return new Editor({ extensions: [StarterKit], content: html })
}

describe('docToJson', () => {
  it('equals getJSON for a document with marks, lists and headings', () => {
    const editor = editorWith(
      '<h2>Title</h2><p>Some <strong>bold</strong> and <a href="https://a.example">link</a></p><ul><li><p>x</p></li></ul>',
    )
    expect(docToJson(editor.state.doc)).toEqual(editor.getJSON())
    editor.destroy()
  })

  it('reuses unchanged blocks and re-serializes the edited one', () => {
    const editor = editorWith('<p>first</p><p>second</p>')
    const before = docToJson(editor.state.doc)
    editor.commands.insertContentAt(editor.state.doc.content.size - 1, ' edited')
    const after = docToJson(editor.state.doc)
    expect(after.content?.[0]).toBe(before.content?.[0])
    expect(after).toEqual(editor.getJSON())
    editor.destroy()
  })

  it('matches getJSON for an empty document', () => {
    const editor = editorWith('')
    expect(docToJson(editor.state.doc)).toEqual(editor.getJSON())
    editor.destroy()
  })
})
