import { describe, expect, it } from 'vitest'
import type { DocMark } from '../article/Article'
import { bold, doc, p, text } from '../render/testing/docBuilders'
import { anchorImportedComments } from './anchorImportedComments'
import { commentEndMarker as end, commentStartMarker as start } from './commentMarkers'
import type { ImportedComment } from './ImportedComment'

const on = (commentId: string): DocMark => ({ type: 'comment', attrs: { commentId } })
const comment = (id: string): ImportedComment => ({
  id,
  quote: '',
  body: `About ${id}`,
  author: 'Rita',
  createdAt: null,
  resolved: false,
  replies: [],
})

describe('anchorImportedComments', () => {
  it('marks the words between a comment’s markers, across paragraphs, and quotes them', () => {
    const marked = doc(
      p(text(`Opened on ${start('a')}`), text('Monday', bold), text(` at dawn${end('a')}.`)),
      p(text(`It takes ${start('b')}big ships.`)),
      p(text(`Due in June.${end('b')} Crews ready.`)),
    )
    const { doc: anchored, comments } = anchorImportedComments(marked, [comment('a'), comment('b')])
    expect(anchored).toEqual(
      doc(
        p(text('Opened on '), text('Monday', bold, on('a')), text(' at dawn', on('a')), text('.')),
        p(text('It takes '), text('big ships.', on('b'))),
        p(text('Due in June.', on('b')), text(' Crews ready.')),
      ),
    )
    expect(comments.map((c) => c.quote)).toEqual(['Monday at dawn', 'big ships. Due in June.'])
  })

  it('lets comments overlap', () => {
    const marked = doc(p(text(`${start('a')}one ${start('b')}two${end('a')} three${end('b')}`)))
    const { doc: anchored } = anchorImportedComments(marked, [comment('a'), comment('b')])
    expect(anchored).toEqual(
      doc(p(text('one ', on('a')), text('two', on('a'), on('b')), text(' three', on('b')))),
    )
  })

  it('drops markers of comments it was not given, and any stray marker character', () => {
    const marked = doc(p(text(`A ${start('zz')}quiet\uE001 day${end('zz')}.`)))
    const { doc: anchored, comments } = anchorImportedComments(marked, [comment('a')])
    expect(anchored).toEqual(doc(p(text('A quiet day.'))))
    expect(comments[0]?.quote).toBe('')
  })

  it('leaves a paragraph that only held markers empty', () => {
    const marked = doc(p(text(`${start('a')}${end('a')}`)), p(text('Next')))
    const { doc: anchored } = anchorImportedComments(marked, [comment('a')])
    expect(anchored).toEqual(doc(p(), p(text('Next'))))
  })
})
