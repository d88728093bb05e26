import { describe, expect, it } from 'vitest'
import type { DocNode } from '../../../src/shared/article/Article'
import { renderHtml, renderMarkdown } from '../../../src/shared/render'
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
} from '../../../src/shared/render/testing/docBuilders'
import { randomDoc } from '../../../src/shared/render/testing/randomDoc'
import { HOSTILE_DOCS } from '../../fixtures/hostile'
import { canonicalHtml } from './canonicalHtml'
import { findExecutableHtml } from './findExecutableHtml'
import {
  hasHugo,
  hasKramdown,
  renderWithHugo,
  renderWithKramdown,
} from './renderWithSiteGenerators'

const SHOWCASE = doc(
  h(2, text('Quarterly results for C#')),
  p(
    text('Revenue grew by '),
    text('12 percent', bold),
    text(' in the '),
    text('third quarter', italic),
    text(', '),
    text('not 20', strike),
    text(', '),
    text('see', underline),
    text(' '),
    text('the report', link('https://example.com/report?a=1&b=2')),
    text(' and '),
    text('npm run `build`', inlineCode),
    text('.'),
  ),
  p(text('a'), text('"quoted"', bold), text('b'), br(), text('# next line')),
  ul(li(p(text('one')), ol(1, li(p(text('one.a'))))), li(p(text('two')))),
  ol(3, li(p(text('three')), p(text('more'))), li(p(text('four')))),
  ul(li(p(text('separate list')))),
  quote(p(text('Said')), quote(p(text('inner')))),
  code('ts', 'const a = `x`\n```\nb'),
  hr(),
  img('https://images.example/a.png', 'A chart', 'Sales by year {{ x }}'),
  img('https://images.example/b.png', 'Plain'),
  table(
    tr(th(p(text('Site'))), th(p(text('a|b')))),
    tr(td(p(text('Leeds'))), td(p(text('x|y', inlineCode)))),
  ),
  table(tr(td(p(text('no header'))))),
)

const ESCAPING = doc(
  ...[
    '*x* _y_ **z**',
    '# not heading',
    '1. not list',
    '2) nor this',
    '<script>alert(1)</script>',
    '[a](b) ![c](d)',
    'C:\\path\\*',
    '+ plus',
    '- minus',
    '> quote',
    '---',
    '===',
    '`code`',
    '~~strike~~ ~~~',
    'a | b',
    '&amp; &copy; &#65;',
    '$$x$$',
    '{: .class} {{ site.title }} {% raw %}',
    ': term',
    '<!-- comment -->',
    '<u>not underlined</u>',
    'a_b_c',
    'trailing \\',
  ].map((value) => p(text(value))),
)

const DOCS: [string, DocNode][] = [
  ['every node kind', SHOWCASE],
  ['text that looks like syntax', ESCAPING],
  ...Array.from({ length: 40 }, (_, i): [string, DocNode] => [
    `generated document ${i + 1}`,
    randomDoc(i + 1),
  ]),
]

describe.skipIf(!hasHugo)('Markdown as Hugo (goldmark) shows it', () => {
  const outputs = hasHugo ? renderWithHugo(DOCS.map(([, d]) => renderMarkdown(d))) : []
  it.each(DOCS.map(([name, d], i) => ({ name, d, i })))('matches renderHtml: $name', ({ d, i }) => {
    expect(canonicalHtml(outputs[i] ?? '')).toBe(canonicalHtml(renderHtml(d)))
  })
})

describe.skipIf(!hasKramdown)('Markdown as Jekyll (kramdown) shows it', () => {
  const outputs = hasKramdown ? renderWithKramdown(DOCS.map(([, d]) => renderMarkdown(d))) : []
  it.each(DOCS.map(([name, d], i) => ({ name, d, i })))('matches renderHtml: $name', ({ d, i }) => {
    // kramdown numbers every ordered list from 1.
    const options = { ignoreListStart: true }
    expect(canonicalHtml(outputs[i] ?? '', options)).toBe(canonicalHtml(renderHtml(d), options))
  })
})

const HOSTILE_MARKDOWN = HOSTILE_DOCS.map((h) => renderMarkdown(h.doc))

describe.skipIf(!hasHugo)('hostile documents as Hugo shows them', () => {
  const outputs = hasHugo ? renderWithHugo(HOSTILE_MARKDOWN) : []
  it.each(HOSTILE_DOCS.map((h, i) => ({ name: h.name, i })))(
    'nothing executable: $name',
    ({ i }) => {
      expect(findExecutableHtml(outputs[i] ?? '')).toEqual([])
    },
  )
})

describe.skipIf(!hasKramdown)('hostile documents as Jekyll (kramdown) shows them', () => {
  const outputs = hasKramdown ? renderWithKramdown(HOSTILE_MARKDOWN) : []
  it.each(HOSTILE_DOCS.map((h, i) => ({ name: h.name, i })))(
    'nothing executable: $name',
    ({ i }) => {
      expect(findExecutableHtml(outputs[i] ?? '')).toEqual([])
    },
  )
})

describe.skipIf(!hasHugo)('Markdown without raw HTML, as a default Hugo site shows it', () => {
  it('shows captioned images with their caption', () => {
    const document = doc(img('https://images.example/a.png', 'A chart', 'Sales *by* year'))
    const markdown = renderMarkdown(document, { rawHtml: false })
    const [html = ''] = renderWithHugo([markdown], false)
    expect(html).not.toContain('raw HTML omitted')
    expect(canonicalHtml(html)).toBe(
      '<p><img src="https://images.example/a.png" alt="A chart"></img><br></br><em>Sales *by* year</em></p>',
    )
  })
})
