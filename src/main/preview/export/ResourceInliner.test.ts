import { load } from 'cheerio'
import { describe, expect, it } from 'vitest'
import { ResourceInliner, type Resource } from './ResourceInliner'

const base = new URL('http://copydesk.invalid/themes/site-1/')
const encode = (text: string) => new TextEncoder().encode(text)

/** Files of a small theme, by URL. */
function inliner(files: Record<string, Resource>): { inliner: ResourceInliner; asked: string[] } {
  const asked: string[] = []
  return {
    asked,
    inliner: new ResourceInliner(async (url) => {
      asked.push(url.href)
      return files[url.href] ?? null
    }),
  }
}

describe('ResourceInliner', () => {
  it('keeps CSS from closing its <style> element early', async () => {
    const { inliner: subject } = inliner({
      [`${base}a.css`]: {
        type: 'text/css',
        bytes: encode('.x::after { content: "</style><script>alert(1)</script>" }'),
      },
    })
    const $ = load('<html><head><link rel="stylesheet" href="a.css"></head><body></body></html>')
    await subject.inlineDocument($, base)
    const reparsed = load($.html())
    expect(reparsed('script')).toHaveLength(0)
    expect(reparsed('style').text()).toContain('alert(1)')
  })

  it('follows an @import cycle only once', async () => {
    const { inliner: subject, asked } = inliner({
      [`${base}a.css`]: { type: 'text/css', bytes: encode('@import "b.css";\n.a { color: red }') },
      [`${base}b.css`]: { type: 'text/css', bytes: encode('@import "a.css";\n.b { color: blue }') },
    })
    const css = await subject.inlineCss('@import "a.css";', base)
    expect(css.match(/\.a \{/g)).toHaveLength(1)
    expect(css.match(/\.b \{/g)).toHaveLength(1)
    expect(asked.filter((url) => url.endsWith('a.css'))).toHaveLength(1)
  })

  it('resolves url() against the stylesheet that names it', async () => {
    const { inliner: subject } = inliner({
      [`${base}css/site.css`]: {
        type: 'text/css',
        bytes: encode('.logo { background: url(../img/logo.svg) }'),
      },
      [`${base}img/logo.svg`]: { type: 'image/svg+xml', bytes: encode('<svg/>') },
    })
    const css = await subject.inlineCss('@import url("css/site.css") print;', base)
    expect(css).toContain('@media print')
    expect(css).toContain(`url("data:image/svg+xml;base64,${btoa('<svg/>')}")`)
  })
})
