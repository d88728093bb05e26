import {
  br,
  code,
  doc,
  h,
  hr,
  img,
  li,
  ol,
  p,
  quote,
  table,
  td,
  text,
  th,
  tr,
  ul,
} from '../../render/testing/docBuilders'
import type { NodeName } from '../documentNodes'
import type { NodeExample } from './checkExample'

/** One example per node: a new node does not compile until it has one here. */
export const NODE_EXAMPLES: Record<NodeName, NodeExample> = {
  paragraph: { doc: doc(p(text('Hi'))), html: '<p>Hi</p>', markdown: 'Hi\n' },
  blockquote: {
    doc: doc(quote(p(text('Q')))),
    html: '<blockquote><p>Q</p></blockquote>',
    markdown: '> Q\n',
  },
  bulletList: {
    doc: doc(ul(li(p(text('a'))), li(p(text('b'))))),
    html: '<ul><li><p>a</p></li><li><p>b</p></li></ul>',
    markdown: '- a\n- b\n',
  },
  codeBlock: {
    doc: doc(code('ts', 'let a')),
    html: '<pre><code class="language-ts">let a</code></pre>',
    markdown: '```ts\nlet a\n```\n',
  },
  doc: { doc: doc(p()), html: '<p></p>', markdown: '' },
  hardBreak: {
    doc: doc(p(text('a'), br(), text('b'))),
    html: '<p>a<br>b</p>',
    markdown: 'a  \nb\n',
  },
  heading: { doc: doc(h(2, text('T'))), html: '<h2>T</h2>', markdown: '## T\n' },
  horizontalRule: { doc: doc(hr()), html: '<hr>', markdown: '***\n' },
  listItem: {
    doc: doc(ul(li(p(text('a')), ul(li(p(text('b'))))))),
    html: '<ul><li><p>a</p><ul><li><p>b</p></li></ul></li></ul>',
    markdown: '- a\n  - b\n',
  },
  orderedList: {
    doc: doc(ol(3, li(p(text('a'))))),
    html: '<ol start="3"><li><p>a</p></li></ol>',
    markdown: '3. a\n',
  },
  text: { doc: doc(p(text('2 < 3'))), html: '<p>2 &lt; 3</p>', markdown: '2 \\< 3\n' },
  image: {
    doc: doc(img('https://x.test/a.png', 'Alt', 'Cap')),
    html: '<figure><img src="https://x.test/a.png" alt="Alt"><figcaption>Cap</figcaption></figure>',
    markdown:
      '<figure><img src="https://x.test/a.png" alt="Alt"><figcaption>Cap</figcaption></figure>\n',
  },
  table: {
    doc: doc(table(tr(th(p(text('H')))), tr(td(p(text('c')))))),
    html: '<table><thead><tr><th>H</th></tr></thead><tbody><tr><td>c</td></tr></tbody></table>',
    markdown: '| H |\n| --- |\n| c |\n',
  },
  tableRow: {
    doc: doc(table(tr(th(p(text('A'))), th(p(text('B')))))),
    html: '<table><thead><tr><th>A</th><th>B</th></tr></thead></table>',
    markdown: '| A | B |\n| --- | --- |\n',
  },
  tableCell: {
    doc: doc(table(tr(td(p(text('x')))), tr(td(p(text('y')))))),
    html: '<table><tbody><tr><td>x</td></tr><tr><td>y</td></tr></tbody></table>',
    markdown: '|  |\n| --- |\n| x |\n| y |\n',
  },
  tableHeader: {
    doc: doc(table(tr(th(p(text('H')))), tr(td(p(text('1')))))),
    html: '<table><thead><tr><th>H</th></tr></thead><tbody><tr><td>1</td></tr></tbody></table>',
    markdown: '| H |\n| --- |\n| 1 |\n',
  },
}
