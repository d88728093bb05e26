import type { MarkDefinition } from '../MarkDefinition'
import * as build from '../../render/testing/docBuilders'

/**
 * The anchor of a review comment: the comment's id on the passage it is about. Several may
 * overlap (`excludes` is empty) and typing at an edge does not grow one. Never rendered or
 * published: the comment itself lives in the article's comment list.
 */
export const comment: MarkDefinition<'comment'> = {
  name: 'comment',
  schema: {
    inclusive: false,
    excludes: '',
    spanning: true,
    attrs: { commentId: { default: null } },
  },
  example: {
    doc: build.doc(build.p(build.text('noted', { type: 'comment', attrs: { commentId: 'c1' } }))),
    html: '<p>noted</p>',
    markdown: 'noted\n',
    roundTrips: false,
  },
}
