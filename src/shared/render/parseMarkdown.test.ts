import { describe, expect, it } from 'vitest'
import { parseMarkdown } from './index'
import { normalizeDoc } from './testing/normalizeDoc'
import {
  bold,
  br,
  doc,
  h,
  img,
  italic,
  li,
  link,
  ol,
  p,
  strike,
  table,
  td,
  text,
  th,
  tr,
  ul,
  underline,
} from './testing/docBuilders'

const parse = (markdown: string) => normalizeDoc(parseMarkdown(markdown))

describe('parseMarkdown', () => {
  it('reads an empty text as a document with one empty paragraph', () => {
    expect(parseMarkdown('')).toEqual(doc(p()))
  })

  it('maps heading levels onto the article levels 2 to 4', () => {
    expect(parse('# One\n\n##### Five')).toEqual(doc(h(2, text('One')), h(4, text('Five'))))
  })

  it('reads emphasis written as Markdown or as simple HTML tags', () => {
    expect(parse('**a** _b_ ~~c~~ <u>d</u> <b>e</b> <em>f</em> <del>g</del>')).toEqual(
      doc(
        p(
          text('a', bold),
          text(' '),
          text('b', italic),
          text(' '),
          text('c', strike),
          text(' '),
          text('d', underline),
          text(' '),
          text('e', bold),
          text(' '),
          text('f', italic),
          text(' '),
          text('g', strike),
        ),
      ),
    )
  })

  it('reads <br> and soft line breaks', () => {
    expect(parse('a<br>b\nc')).toEqual(doc(p(text('a'), br(), text('b c'))))
  })

  it('reads links and refuses unsafe ones as their text', () => {
    expect(
      parse('[ok](https://example.com) [bad](javascript:alert(1)) [odd](<java\tscript:x>)'),
    ).toEqual(doc(p(text('ok', link('https://example.com')), text(' bad odd'))))
  })

  it('reads images as blocks, splitting the paragraph around them, and refuses data: images', () => {
    expect(
      parse('before ![A](https://images.example/a.png) after ![B](data:image/png;base64,AAAA)'),
    ).toEqual(doc(p(text('before')), img('https://images.example/a.png', 'A'), p(text('after B'))))
  })

  it('reads the figure block renderMarkdown writes, with entities decoded', () => {
    const figure =
      '<figure><img src="https://images.example/a.png" alt="A &quot;b&quot;" title="T" width="640"><figcaption>x &lt; y \\ z</figcaption></figure>'
    expect(parseMarkdown(figure)).toEqual(
      doc({
        type: 'image',
        attrs: {
          src: 'https://images.example/a.png',
          alt: 'A "b"',
          title: 'T',
          caption: 'x < y \\ z',
          width: 640,
          height: null,
        },
      }),
    )
  })

  it.each([
    '<figure><img src="https://images.example/a.png" onerror="alert(1)"></figure>',
    '<figure><img src="javascript:alert(1)" alt="x"></figure>',
    '<figure><img src=https://images.example/a.png></figure>',
    '<figure><img src="https://images.example/a.png"><figcaption><b>x</b></figcaption></figure>',
    '<figure class="x"><img src="https://images.example/a.png"></figure>',
  ])('shows any other figure as text: %s', (html) => {
    expect(parseMarkdown(html)).toEqual(doc(p(text(html))))
  })

  it('shows raw HTML blocks as text, line by line, and drops comments', () => {
    expect(parse('<div onclick="x">\n<script>alert(1)</script>\n</div>\n\n<!-- note -->')).toEqual(
      doc(
        p(text('<div onclick="x">'), br(), text('<script>alert(1)</script>'), br(), text('</div>')),
      ),
    )
  })

  it('reads GFM tables with alignment; an empty header row means none', () => {
    const cell = (type: 'tableCell' | 'tableHeader', value: string, align: string | null) => ({
      type,
      attrs: { colspan: 1, rowspan: 1, colwidth: null, align },
      content: [p(text(value))],
    })
    expect(parse('| A | B |\n| :-- | --: |\n| 1 | 2 |')).toEqual(
      doc(
        table(
          tr(cell('tableHeader', 'A', 'left'), cell('tableHeader', 'B', 'right')),
          tr(cell('tableCell', '1', 'left'), cell('tableCell', '2', 'right')),
        ),
      ),
    )
    expect(parse('|  |\n| --- |\n| x |')).toEqual(doc(table(tr(td(p(text('x')))))))
    expect(parse('| H |\n| --- |')).toEqual(doc(table(tr(th(p(text('H')))))))
  })

  it('gives list items a first paragraph and keeps ordered starts', () => {
    expect(parse('3. ```\n   code\n   ```\n4. b')).toEqual(
      doc(
        ol(
          3,
          li(p(), { type: 'codeBlock', attrs: { language: null }, content: [text('code')] }),
          li(p(text('b'))),
        ),
      ),
    )
    expect(parse('- a\n  - b')).toEqual(doc(ul(li(p(text('a')), ul(li(p(text('b'))))))))
  })
})
