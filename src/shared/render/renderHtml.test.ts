import { describe, expect, it } from 'vitest'
import { type DocNode, unknownTypeName } from '../article/Article'
import { renderHtml } from './index'
import {
  bold,
  br,
  code,
  doc,
  h,
  hr,
  img,
  inlineCode,
  italic,
  li,
  link,
  ol,
  p,
  quote,
  strike,
  table,
  td,
  text,
  th,
  tr,
  ul,
  underline,
} from './testing/docBuilders'

const ASSET = `asset:${'a'.repeat(64)}.png`

describe('renderHtml, one node kind at a time', () => {
  it.each<[string, DocNode, string]>([
    ['paragraph', p(text('Hello')), '<p>Hello</p>'],
    ['empty paragraph', p(), '<p></p>'],
    ['heading', h(3, text('Part')), '<h3>Part</h3>'],
    ['heading level out of range', h(1, text('Title')), '<h2>Title</h2>'],
    ['hard break', p(text('a'), br(), text('b')), '<p>a<br>b</p>'],
    [
      'bullet list',
      ul(li(p(text('a'))), li(p(text('b')))),
      '<ul><li><p>a</p></li><li><p>b</p></li></ul>',
    ],
    ['ordered list from 1', ol(1, li(p(text('a')))), '<ol><li><p>a</p></li></ol>'],
    ['ordered list from 4', ol(4, li(p(text('a')))), '<ol start="4"><li><p>a</p></li></ol>'],
    [
      'nested list',
      ul(li(p(text('a')), ol(1, li(p(text('b')))))),
      '<ul><li><p>a</p><ol><li><p>b</p></li></ol></li></ul>',
    ],
    [
      'blockquote',
      quote(p(text('q')), quote(p(text('qq')))),
      '<blockquote><p>q</p><blockquote><p>qq</p></blockquote></blockquote>',
    ],
    [
      'code block',
      code('ts', 'a < b\n  c'),
      '<pre><code class="language-ts">a &lt; b\n  c</code></pre>',
    ],
    ['code block without language', code(null, 'x'), '<pre><code>x</code></pre>'],
    ['horizontal rule', hr(), '<hr>'],
    [
      'image with caption',
      img('https://images.example/a.png', 'Chart', 'Sales by year', 'Sales'),
      '<figure><img src="https://images.example/a.png" alt="Chart" title="Sales"><figcaption>Sales by year</figcaption></figure>',
    ],
    [
      'image without caption',
      img('https://images.example/a.png', 'Chart'),
      '<figure><img src="https://images.example/a.png" alt="Chart"></figure>',
    ],
    [
      'table with a header row',
      table(
        tr(th(p(text('H'))), th(p(text('I')))),
        tr(td(p(text('a'))), td(p(text('b')), p(text('c')))),
      ),
      '<table><thead><tr><th>H</th><th>I</th></tr></thead><tbody><tr><td>a</td><td><p>b</p><p>c</p></td></tr></tbody></table>',
    ],
    [
      'table without a header row, with spans and alignment',
      table(
        tr({
          type: 'tableCell',
          attrs: { colspan: 2, rowspan: 1, align: 'center' },
          content: [p(text('wide'))],
        }),
        tr(td(p(text('a'))), {
          type: 'tableHeader',
          attrs: { colspan: 1, rowspan: 3 },
          content: [p(text('side'))],
        }),
      ),
      '<table><tbody><tr><td colspan="2" style="text-align: center">wide</td></tr><tr><td>a</td><th rowspan="3">side</th></tr></tbody></table>',
    ],
  ])('%s', (_name, node, html) => {
    expect(renderHtml(doc(node))).toBe(html)
  })

  it('renders marks, keeping shared ones open across neighbouring text', () => {
    const html = renderHtml(
      doc(
        p(
          text('a ', bold),
          text('b', bold, italic),
          text(' c', bold),
          text(' x', strike),
          text('u', underline),
          text('k', inlineCode),
          text('site', link('https://example.com/?a=1&b=2'), bold),
        ),
      ),
    )
    expect(html).toBe(
      '<p><strong>a <em>b</em> c</strong><s> x</s><u>u</u><code>k</code>' +
        '<a href="https://example.com/?a=1&amp;b=2" rel="noopener noreferrer"><strong>site</strong></a></p>',
    )
  })

  it('lets a right-to-left paragraph or heading take its direction from its text', () => {
    const html = renderHtml(
      doc(
        h(2, text('عنوان')),
        p(text('مرحبا بالعالم، '), text('Copydesk', bold)),
        p(text('Hello')),
        ul(li(p(text('שלום')))),
      ),
    )
    expect(html).toContain('<h2 dir="auto">عنوان</h2>')
    expect(html).toContain('<p dir="auto">مرحبا بالعالم، <strong>Copydesk</strong></p>')
    expect(html).toContain('<p>Hello</p>')
    expect(html).toContain('<li><p dir="auto">שלום</p></li>')
  })

  it('separates top-level blocks by a newline and nothing else', () => {
    expect(renderHtml(doc(h(2, text('T')), p(text('x'))))).toBe('<h2>T</h2>\n<p>x</p>')
  })
})

describe('renderHtml safety', () => {
  it('escapes text and attributes', () => {
    const html = renderHtml(
      doc(
        p(text('<script>alert("x")</script> & \'q\'')),
        img(
          'https://images.example/a.png?a=1&b="2"',
          '"><img src=x onerror=alert(1)>',
          '</figcaption><b>',
        ),
      ),
    )
    expect(html).toBe(
      '<p>&lt;script&gt;alert(&quot;x&quot;)&lt;/script&gt; &amp; &#39;q&#39;</p>\n' +
        '<figure><img src="https://images.example/a.png?a=1&amp;b=&quot;2&quot;" alt="&quot;&gt;&lt;img src=x onerror=alert(1)&gt;">' +
        '<figcaption>&lt;/figcaption&gt;&lt;b&gt;</figcaption></figure>',
    )
  })

  it('turns a link with a refused target into plain text', () => {
    const html = renderHtml(doc(p(text('click', link('java\tscript:alert(1)'), bold))))
    expect(html).toBe('<p><strong>click</strong></p>')
  })

  it('leaves out comment marks and marks it does not know', () => {
    const node = text(
      'noted',
      { type: 'comment', attrs: { id: 'c1' } },
      { type: unknownTypeName('highlight') },
      italic,
    )
    expect(renderHtml(doc(p(node)))).toBe('<p><em>noted</em></p>')
  })

  it('shows the text of unknown nodes, escaped, and none of their attributes', () => {
    const unknown: DocNode = {
      type: unknownTypeName('rawHtml'),
      attrs: { html: '<img src=x onerror=alert(1)>' },
      content: [p(text('first <b>')), p(text('second'))],
    }
    expect(renderHtml(doc(unknown))).toBe('<p>first &lt;b&gt;<br>second</p>')
  })

  it('drops asset images by default and maps them with imageUrl', () => {
    const node = doc(img(ASSET, 'Local'), img('data:image/png;base64,AAAA', 'Inline'))
    expect(renderHtml(node)).toBe('')
    const mapped = renderHtml(node, {
      imageUrl: (src) => src.replace('asset:', '/media/article-1/'),
    })
    expect(mapped).toBe(
      `<figure><img src="/media/article-1/${'a'.repeat(64)}.png" alt="Local"></figure>`,
    )
  })

  it('refuses a URL the mapper returns when it is not http(s) or relative', () => {
    const html = renderHtml(doc(img(ASSET, 'x')), { imageUrl: () => 'javascript:alert(1)' })
    expect(html).toBe('')
  })

  it('gives the same string for the same document, quickly', () => {
    const words = Array.from({ length: 5000 }, (_, i) => (i % 7 === 0 ? 'report' : 'growth'))
    const long = doc(
      ...Array.from({ length: 100 }, (_, i) =>
        p(text(words.slice(i * 50, i * 50 + 40).join(' ')), text(' bold end', bold)),
      ),
    )
    // Timing sanity check, measured by hand on a 2-core machine: about 3 ms for a 5,000-word
    // article. Not asserted: timing under a shared test runner is noise.
    expect(renderHtml(long)).toBe(renderHtml(structuredClone(long)))
  })
})
