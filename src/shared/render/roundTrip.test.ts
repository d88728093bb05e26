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
import { normalizeDoc } from './testing/normalizeDoc'
import { randomDoc } from './testing/randomDoc'

const roundTrip = (document: DocNode): DocNode => parseMarkdown(renderMarkdown(document))

function expectRoundTrip(document: DocNode): void {
  expect(normalizeDoc(roundTrip(document))).toEqual(normalizeDoc(document))
}

describe('document → Markdown → document', () => {
  it('keeps headings of each level', () => {
    expectRoundTrip(doc(h(2, text('Results')), h(3, text('By region')), h(4, text('Leeds'))))
  })

  it('keeps emphasis: bold, italic, strike, code, underline and their combinations', () => {
    expectRoundTrip(
      doc(
        p(
          text('Plain '),
          text('bold', bold),
          text(' '),
          text('italic', italic),
          text(' '),
          text('both', bold, italic),
          text(' '),
          text('gone', strike),
          text(' '),
          text('x = `y`', inlineCode),
          text(' '),
          text('under', underline),
          text(' and mid'),
          text('word', bold),
          text('s.'),
        ),
      ),
    )
  })

  it('keeps emphasis next to punctuation, written as HTML where Markdown cannot', () => {
    expectRoundTrip(
      doc(p(text('a'), text('"quoted"', bold), text('b'), text('(x)', italic, strike))),
    )
  })

  it('keeps links, with emphasis inside and awkward characters in the target', () => {
    expectRoundTrip(
      doc(
        p(
          text('See '),
          text('the ', link('https://example.com/q?a=1&b=2#top')),
          text('report', link('https://example.com/q?a=1&b=2#top'), bold),
          text(', '),
          text('us', link('/about')),
          text(' or '),
          text('mail', link('mailto:desk@example.com')),
        ),
      ),
    )
  })

  it('keeps nested lists, ordered starts and items with several paragraphs', () => {
    expectRoundTrip(
      doc(
        ul(li(p(text('one')), ul(li(p(text('one.a'))), li(p(text('one.b'))))), li(p(text('two')))),
        ol(3, li(p(text('three')), p(text('more about three'))), li(p(text('four')))),
        ol(1, li(p(text('first')), ol(7, li(p(text('seventh')))))),
      ),
    )
  })

  it('keeps two lists of the same kind apart', () => {
    expectRoundTrip(
      doc(
        ul(li(p(text('a')))),
        ul(li(p(text('b')))),
        ol(1, li(p(text('c')))),
        ol(1, li(p(text('d')))),
      ),
    )
  })

  it('keeps tables with and without a header row', () => {
    expectRoundTrip(
      doc(
        table(
          tr(th(p(text('Site'))), th(p(text('Staff')))),
          tr(td(p(text('Leeds'))), td(p(text('120', bold)))),
        ),
        table(tr(td(p(text('a|b'))), td(p(text('c|d', inlineCode))))),
      ),
    )
  })

  it('keeps images with alt, title and caption, and without a caption', () => {
    expectRoundTrip(
      doc(
        img('https://images.example/a.png', 'A chart "2024"', 'Sales <rose> & fell', 'Title'),
        img('https://images.example/b.png', 'Plain [alt]'),
      ),
    )
  })

  it('keeps nested blockquotes and code blocks with their language', () => {
    expectRoundTrip(
      doc(
        quote(p(text('Said')), quote(p(text('inner'))), code('ts', 'const a = 1')),
        code('c++', 'int main() {\n  return 0;\n}\n```\nnot the end'),
        code(null, ''),
        hr(),
        p(text('line'), br(), text('next line'), br(), br(), text('after a blank')),
      ),
    )
  })

  it('keeps text that looks like Markdown or HTML as that text', () => {
    const tricky = [
      '*x* _y_ **z**',
      '# not heading',
      '1. not list',
      '2) nor this',
      '<script>alert(1)</script>',
      '[a](b) ![c](d)',
      'back\\slash \\*',
      '+ plus',
      '- minus',
      '> quote',
      '---',
      '===',
      '***',
      '`code`',
      '~~strike~~',
      'a | b',
      '&amp; &copy; &#65;',
      '$$x$$',
      '{: .class}',
      ': term',
      '    indented',
      '<!-- comment -->',
      'http://example.com',
      'C#',
      '#hashtag',
    ]
    expectRoundTrip(
      doc(...tricky.map((t) => p(text(t.trimStart()))), h(2, text('C# ## heading #'))),
    )
  })

  it('is stable on generated documents (seeded)', () => {
    for (let seed = 1; seed <= 300; seed++) {
      const document = randomDoc(seed)
      const markdown = renderMarkdown(document)
      const back = parseMarkdown(markdown)
      expect(normalizeDoc(back), `seed ${seed}:\n${markdown}`).toEqual(normalizeDoc(document))
      expect(renderMarkdown(back), `seed ${seed}`).toBe(markdown)
    }
  }, 30_000)
})
