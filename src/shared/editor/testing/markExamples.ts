import {
  bold,
  doc,
  inlineCode,
  italic,
  link,
  p,
  strike,
  text,
  underline,
} from '../../render/testing/docBuilders'
import type { MarkName } from '../documentMarks'
import type { NodeExample } from './checkExample'

/** One example per mark: a new mark does not compile until it has one here. */
export const MARK_EXAMPLES: Record<MarkName, NodeExample> = {
  link: {
    doc: doc(p(text('go', link('https://x.test/')))),
    html: '<p><a href="https://x.test/" rel="noopener noreferrer">go</a></p>',
    markdown: '[go](https://x.test/)\n',
  },
  bold: { doc: doc(p(text('b', bold))), html: '<p><strong>b</strong></p>', markdown: '**b**\n' },
  code: { doc: doc(p(text('c', inlineCode))), html: '<p><code>c</code></p>', markdown: '`c`\n' },
  italic: { doc: doc(p(text('i', italic))), html: '<p><em>i</em></p>', markdown: '*i*\n' },
  strike: { doc: doc(p(text('s', strike))), html: '<p><s>s</s></p>', markdown: '~~s~~\n' },
  underline: {
    doc: doc(p(text('u', underline))),
    html: '<p><u>u</u></p>',
    markdown: '<u>u</u>\n',
  },
  comment: {
    doc: doc(p(text('noted', { type: 'comment', attrs: { commentId: 'c1' } }))),
    html: '<p>noted</p>',
    markdown: 'noted\n',
    roundTrips: false,
  },
}
