import MarkdownIt from 'markdown-it'
import { describe, expect, it } from 'vitest'
import type { DocNode } from '../article/Article'
import { parseMarkdown, renderMarkdown } from './index'
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

/** What a CommonMark + GFM site generator makes of our Markdown (raw HTML allowed). */
const site = new MarkdownIt({ html: true })
const ASSET = `asset:${'a'.repeat(64)}.png`

describe('renderMarkdown, one node kind at a time', () => {
  it.each<[string, DocNode, string]>([
    ['heading', h(3, text('Part')), '### Part'],
    [
      'emphasis',
      p(text('b', bold), text(' '), text('i', italic), text(' '), text('s', strike)),
      '**b** *i* ~~s~~',
    ],
    ['underline', p(text('u', underline)), '<u>u</u>'],
    ['inline code with backticks', p(text('a `b` c', inlineCode)), '``a `b` c``'],
    ['inline code starting with a backtick', p(text('`x', inlineCode)), '`` `x ``'],
    [
      'link with parentheses and title',
      p(
        text('wiki', {
          type: 'link',
          attrs: { href: 'https://w.example/A_(b)', title: 'The "A"' },
        }),
      ),
      '[wiki](https://w.example/A_%28b%29 "The \\"A\\"")',
    ],
    ['hard break', p(text('a'), br(), text('b')), 'a  \nb'],
    ['tight bullet list', ul(li(p(text('a'))), li(p(text('b')))), '- a\n- b'],
    ['ordered list with start', ol(9, li(p(text('a'))), li(p(text('b')))), '9. a\n10. b'],
    ['loose list item with two paragraphs', ul(li(p(text('a')), p(text('b')))), '- a\n\n  b'],
    ['nested list', ul(li(p(text('a')), ul(li(p(text('b')))))), '- a\n  - b'],
    ['nested blockquote', quote(p(text('a')), quote(p(text('b')))), '> a\n>\n> > b'],
    ['code block', code('ts', 'let a\n```'), '````ts\nlet a\n```\n````'],
    ['horizontal rule', hr(), '***'],
    [
      'image without caption',
      img('https://images.example/a.png', 'A chart'),
      '![A chart](https://images.example/a.png)',
    ],
    [
      'image whose alt needs escaping, as HTML (goldmark keeps escapes in alt)',
      img('https://images.example/a.png', 'A [chart]'),
      '<figure><img src="https://images.example/a.png" alt="A [chart]"></figure>',
    ],
    [
      'image with caption',
      img('https://images.example/a.png', 'Chart', 'Sales\nby <year>'),
      '<figure><img src="https://images.example/a.png" alt="Chart"><figcaption>Sales&#10;by &lt;year&gt;</figcaption></figure>',
    ],
    [
      'table',
      table(
        tr(th(p(text('H'))), th(p(text('a|b')))),
        tr(td(p(text('x'), br(), text('y'))), td(p(text('z|', inlineCode)))),
      ),
      '| H | a\\|b |\n| --- | --- |\n| x<br>y | <code>z&#124;</code> |',
    ],
    ['table without header row', table(tr(td(p(text('x'))))), '|  |\n| --- |\n| x |'],
  ])('%s', (_name, node, markdown) => {
    expect(renderMarkdown(doc(node))).toBe(`${markdown}\n`)
  })

  it('separates blocks by a blank line and ends with a newline', () => {
    expect(renderMarkdown(doc(h(2, text('T')), p(text('x'))))).toBe('## T\n\nx\n')
    expect(renderMarkdown(doc())).toBe('')
  })

  it('moves spaces at the edge of emphasis outside it', () => {
    expect(renderMarkdown(doc(p(text('a'), text(' bold ', bold), text('b'))))).toBe(
      'a **bold** b\n',
    )
  })

  it('writes emphasis as HTML where delimiters would not be read as such', () => {
    expect(renderMarkdown(doc(p(text('a'), text('"b"', bold), text('c'))))).toBe(
      'a<strong>"b"</strong>c\n',
    )
  })
})

describe('renderMarkdown escaping', () => {
  it.each([
    '*x* and _y_',
    '# not heading',
    '1. not list',
    '3) not list either',
    '<script>alert(1)</script>',
    '[a](b) and ![c](d)',
    'C:\\path\\*',
    '+ plus',
    '- minus',
    '> not a quote',
    '---',
    '===',
    '`code`',
    '~~not struck~~',
    'a | b',
    '&amp; &copy; &#65;',
    '<http://example.com>',
    '\\',
    '**',
    '{{ site.title }} {% include x.html %} {{< shortcode >}} {: .class}',
    '~~~',
  ])('%j stays literal text', (value) => {
    const markdown = renderMarkdown(doc(p(text(value))))
    expect(site.render(markdown)).toBe(`<p>${site.utils.escapeHtml(value)}</p>\n`)
  })

  it('keeps typed dashes and dots from a typographer (Hugo and Jekyll smarten them)', () => {
    const smart = new MarkdownIt({ typographer: true })
    const typed = 'Know the enemy---- then act. 2010--2020, wait...'
    const markdown = renderMarkdown(doc(p(text(typed)), p(text('--- not a rule'))))
    expect(smart.render(markdown)).toBe(`<p>${typed}</p>\n<p>--- not a rule</p>\n`)
  })

  it('keeps typed runs apart with comments for a typographer that ignores escapes (Astro)', () => {
    const smart = new MarkdownIt({ html: true, typographer: true })
    const typed = 'Know the enemy---- then act. 2010--2020, wait...'
    const markdown = renderMarkdown(doc(p(text(typed)), p(text('--- not a rule'))), {
      smartypants: true,
    })
    expect(markdown).toContain('2010-<!---->-2020')
    expect(smart.render(markdown).replace(/<!---->/g, '')).toBe(
      `<p>${typed}</p>\n<p>--- not a rule</p>\n`,
    )
    expect(parseMarkdown(markdown)).toEqual(doc(p(text(typed)), p(text('--- not a rule'))))
  })

  it('keeps a line after a hard break from starting a block', () => {
    const markdown = renderMarkdown(doc(p(text('a'), br(), text('# b'), br(), text('- c'))))
    expect(site.render(markdown)).toBe('<p>a<br>\n# b<br>\n- c</p>\n')
  })

  it('writes captioned images without HTML for sites that drop raw HTML', () => {
    const markdown = renderMarkdown(doc(img('https://images.example/a.png', 'Chart', '# Sales')), {
      rawHtml: false,
    })
    expect(markdown).toBe('![Chart](https://images.example/a.png)  \n*\\# Sales*\n')
    expect(site.render(markdown)).toBe(
      '<p><img src="https://images.example/a.png" alt="Chart"><br>\n<em># Sales</em></p>\n',
    )
  })

  it('keeps template syntax out of figure captions', () => {
    const markdown = renderMarkdown(doc(img('https://images.example/a.png', '{{ a }}', '{% b %}')))
    expect(markdown).not.toMatch(/\{\{|\{%/)
    expect(site.render(markdown)).toContain('<figcaption>&#123;% b %}</figcaption>')
    expect(parseMarkdown(markdown).content?.[0]?.attrs).toMatchObject({
      alt: '{{ a }}',
      caption: '{% b %}',
    })
  })

  it('keeps a trailing # in a heading', () => {
    expect(site.render(renderMarkdown(doc(h(2, text('Learn C#')))))).toBe('<h2>Learn C#</h2>\n')
  })

  it('writes links with refused targets as plain text', () => {
    const markdown = renderMarkdown(doc(p(text('x', link('javascript:alert(1)')))))
    expect(markdown).toBe('x\n')
  })

  it('drops asset images unless a mapper places them', () => {
    expect(renderMarkdown(doc(img(ASSET, 'Local')))).toBe('')
    const mapped = renderMarkdown(doc(img(ASSET, 'Local')), {
      imageUrl: (src) => `/images/${src.slice('asset:'.length)}`,
    })
    expect(mapped).toBe(`![Local](/images/${'a'.repeat(64)}.png)\n`)
  })
})
