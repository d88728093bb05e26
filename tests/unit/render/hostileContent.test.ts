import MarkdownIt from 'markdown-it'
import { describe, expect, it } from 'vitest'
import type { DocNode } from '../../../src/shared/article/Article'
import { parseMarkdown, renderHtml, renderMarkdown } from '../../../src/shared/render'
import { randomDoc } from '../../../src/shared/render/testing/randomDoc'
import { HOSTILE_DOCS, HOSTILE_HTML } from '../../fixtures/hostile'
import { elementNames, findExecutableHtml, visibleText } from './findExecutableHtml'

/** How a site generator shows our Markdown: raw HTML allowed, as goldmark-unsafe and kramdown. */
const site = new MarkdownIt({ html: true })

/** Everything renderHtml may write. */
const RENDERED_ELEMENTS = new Set([
  'p',
  'h2',
  'h3',
  'h4',
  'strong',
  'em',
  's',
  'u',
  'code',
  'a',
  'br',
  'ul',
  'ol',
  'li',
  'blockquote',
  'pre',
  'hr',
  'figure',
  'img',
  'figcaption',
  'table',
  'thead',
  'tbody',
  'tr',
  'th',
  'td',
])

const ASSET = `asset:${'a'.repeat(64)}.png`

describe('the hostile corpus itself', () => {
  it('is caught by the checker when inserted raw, except the entries marked inert', () => {
    const caught = HOSTILE_HTML.filter(({ html }) => findExecutableHtml(html).length > 0)
    expect(caught.map((e) => e.name)).toEqual(
      HOSTILE_HTML.filter((e) => !e.inert).map((e) => e.name),
    )
  })
})

describe.each(HOSTILE_DOCS)('hostile document: $name', ({ doc, visibleText: texts }) => {
  it('renders to HTML with nothing executable, and the text still shown', () => {
    const html = renderHtml(doc, { imageUrl: (src) => (src === ASSET ? '/media/a.png' : src) })
    expect(findExecutableHtml(html)).toEqual([])
    for (const name of elementNames(html)) expect(RENDERED_ELEMENTS).toContain(name)
    for (const text of texts) expect(visibleText(html)).toContain(text)
  })

  it('renders to Markdown that a site shows with nothing executable, and the text still shown', () => {
    const html = site.render(renderMarkdown(doc))
    expect(findExecutableHtml(html)).toEqual([])
    for (const text of texts) expect(visibleText(html)).toContain(text)
  })

  it('stays harmless after a Markdown round trip', () => {
    const html = renderHtml(parseMarkdown(renderMarkdown(doc)))
    expect(findExecutableHtml(html)).toEqual([])
    for (const text of texts) expect(visibleText(html)).toContain(text)
  })
})

describe.each(HOSTILE_HTML)('hostile HTML in Markdown: $name', ({ html }) => {
  it('is read as text, never markup', () => {
    const rendered = renderHtml(parseMarkdown(html))
    expect(findExecutableHtml(rendered)).toEqual([])
    for (const name of elementNames(rendered)) expect(RENDERED_ELEMENTS).toContain(name)
  })

  it('inside a figure block is refused', () => {
    const figure = `<figure><img src="https://images.example/a.png" alt="A">${html}</figure>`
    const rendered = renderHtml(parseMarkdown(figure))
    expect(findExecutableHtml(rendered)).toEqual([])
    expect(rendered).not.toContain('<figure>')
  })
})

/** Puts hostile strings into every text, alt, caption, title and link target of a document. */
function poison(node: DocNode, next: () => string): DocNode {
  const attrs = node.attrs && { ...node.attrs }
  if (attrs && node.type === 'image') {
    attrs.alt = next()
    attrs.caption = next()
    attrs.title = next()
  }
  const marks = node.marks?.map((m) =>
    m.type === 'link' ? { ...m, attrs: { ...m.attrs, href: next() } } : m,
  )
  return {
    ...node,
    ...(attrs && { attrs }),
    ...(marks && { marks }),
    ...(node.type === 'text' && { text: `${node.text ?? ''} ${next()}` }),
    ...(node.content && { content: node.content.map((c) => poison(c, next)) }),
  }
}

describe('generated documents filled with hostile strings (seeded)', () => {
  const strings = [
    ...HOSTILE_HTML.map((e) => e.html),
    'javascript:alert(1)',
    ' java\tscript:alert(1)',
    '&#106;avascript:alert(1)',
    'data:text/html,x',
  ]
  it('render to HTML and Markdown with nothing executable', () => {
    for (let seed = 1; seed <= 60; seed++) {
      let i = seed
      const document = poison(randomDoc(seed), () => strings[i++ % strings.length] as string)
      expect(findExecutableHtml(renderHtml(document)), `seed ${seed}`).toEqual([])
      expect(findExecutableHtml(site.render(renderMarkdown(document))), `seed ${seed}`).toEqual([])
    }
  })
})
