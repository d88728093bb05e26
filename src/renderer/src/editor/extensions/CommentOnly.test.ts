import { Editor } from '@tiptap/core'
import { afterEach, describe, expect, it } from 'vitest'
import { Awareness } from 'y-protocols/awareness'
import * as Y from 'yjs'
import { ARTICLE_DOC_ROOTS } from '@shared/team/ArticleDocRoot'
import { findCommentRanges } from '../comments/findCommentRanges'
import { createEditorExtensions } from '../createEditorExtensions'

const TEXT = 'The port reopens on Monday.'
let editor: Editor

/** A reviewer's editor on a team article whose Y.Doc already holds `TEXT`. */
function openAsReviewer(): { editor: Editor; doc: Y.Doc } {
  const doc = new Y.Doc()
  const paragraph = new Y.XmlElement('paragraph')
  paragraph.insert(0, [new Y.XmlText(TEXT)])
  doc.getXmlFragment(ARTICLE_DOC_ROOTS.body).insert(0, [paragraph])
  editor = new Editor({
    extensions: createEditorExtensions({
      articleId: 'a-test',
      collaboration: { doc, awareness: new Awareness(doc), user: { name: 'Cy', color: '#000' } },
      commentOnly: true,
    }),
  })
  return { editor, doc }
}

afterEach(() => editor?.destroy())

describe('CommentOnly', () => {
  it('shows the article from the Y.Doc and the others’ later edits', () => {
    const { editor, doc } = openAsReviewer()
    expect(editor.getText()).toBe(TEXT)
    const paragraph = doc.getXmlFragment(ARTICLE_DOC_ROOTS.body).get(0) as Y.XmlElement
    ;(paragraph.get(0) as Y.XmlText).insert(TEXT.length, ' Or Tuesday.')
    expect(editor.getText()).toBe(`${TEXT} Or Tuesday.`)
  })

  it('refuses the reviewer’s own changes to the text', () => {
    const { editor, doc } = openAsReviewer()
    editor.chain().setTextSelection({ from: 5, to: 9 }).insertContent('harbour').run()
    editor.chain().setTextSelection(1).deleteSelection().splitBlock().run()
    expect(editor.getText()).toBe(TEXT)
    expect(doc.getXmlFragment(ARTICLE_DOC_ROOTS.body).toString()).toContain(TEXT)
  })

  it('lets the reviewer mark a passage for a comment, which reaches the Y.Doc', () => {
    const { editor, doc } = openAsReviewer()
    expect(editor.chain().setTextSelection({ from: 10, to: 17 }).addComment('c1').run()).toBe(true)
    const range = findCommentRanges(editor.state.doc).get('c1')
    expect(range && editor.state.doc.textBetween(range.from, range.to)).toBe('reopens')
    expect(doc.getXmlFragment(ARTICLE_DOC_ROOTS.body).toString()).toContain('comment')
  })
})
