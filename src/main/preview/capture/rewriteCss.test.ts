import { describe, expect, it } from 'vitest'
import { splitSrcset } from './localizePage'
import { rewriteCss, rewriteStyleAttribute, type CssLinks } from './rewriteCss'

/** Links that store every address under a readable name and record what was asked for. */
function recordingLinks(failing: string[] = []): CssLinks & { asked: string[] } {
  const asked: string[] = []
  return {
    asked,
    base: new URL('https://news.example.com/css/site.css'),
    asset: async (url) => {
      asked.push(url.href)
      return failing.includes(url.pathname)
        ? null
        : `local${url.pathname.replace(/\//g, '-')}${url.hash}`
    },
    stylesheet: async (url) => {
      asked.push(url.href)
      return failing.includes(url.pathname) ? null : 'imported.css'
    },
  }
}

describe('rewriteCss', () => {
  it('removes code-running declarations, also when hidden by escapes and comments', async () => {
    const css = await rewriteCss(
      `.a { width: expression(alert(1)); color: red }
       .b { width: expr/**/ession(alert(1)) }
       .c { background: url(java\\73 cript:alert(1)) }
       .d { \\62 ehavior: url(x.htc); -moz-binding: url(x.xml#x) }
       .e { background: url(data:text/html;base64,PHNjcmlwdD4=) }
       .f { background: url("vbscript:msgbox(1)") }`,
      recordingLinks(),
    )
    expect(css).not.toMatch(/expr|script|behavior|binding|data:text/i)
    expect(css).toContain('color: red')
  })

  it('points relative, absolute and protocol-relative urls at local copies', async () => {
    const links = recordingLinks()
    const css = await rewriteCss(
      `.a { background: url(../img/a.png) }
       .b { background: url('https://cdn.example.net/b.png') }
       .c { background: url(//cdn.example.net/c.png) }
       .d { mask: url("icons.svg#close") }
       .e { filter: url(#blur); background: url(data:image/png;base64,iVBORw0KGgo=) }
       .f { background-image: image-set("g.png" 1x, url(g2.png) 2x) }
       @font-face { font-family: X; src: url(/f.woff2) format("woff2"), local("Arial") }`,
      links,
    )
    expect(links.asked).toEqual([
      'https://news.example.com/img/a.png',
      'https://cdn.example.net/b.png',
      'https://cdn.example.net/c.png',
      'https://news.example.com/css/icons.svg#close',
      'https://news.example.com/css/g.png',
      'https://news.example.com/css/g2.png',
      'https://news.example.com/f.woff2',
    ])
    expect(css).toContain('url("local-css-icons.svg#close")')
    expect(css).toContain('filter: url("#blur")')
    expect(css).toContain('data:image/png;base64,iVBORw0KGgo=')
    expect(css).toContain('format("woff2"), local("Arial")')
    expect(css).not.toMatch(/https?:|\/\//)
  })

  it('keeps imports that were stored, with their media, and drops the rest', async () => {
    const css = await rewriteCss(
      `@import url(base.css) screen;
       @import "gone.css";
       @import url(javascript:alert(1));
       p { color: blue }`,
      recordingLinks(['/css/gone.css']),
    )
    expect(css).toContain('@import url("imported.css") screen;')
    expect(css.match(/@import/g)).toHaveLength(1)
  })

  it('replaces a file that could not be stored with an empty data address', async () => {
    const css = await rewriteCss(
      '.a { background: url(missing.png) }',
      recordingLinks(['/css/missing.png']),
    )
    expect(css).toBe('.a { background: url("data:,") }')
  })

  it('cleans style attributes the same way', async () => {
    const style = await rewriteStyleAttribute(
      'color: red; background: url(/img/x.png); width: expression(alert(1))',
      recordingLinks(),
    )
    expect(style).toBe('color: red; background: url("local-img-x.png")')
  })
})

describe('splitSrcset', () => {
  it('reads candidates whose URLs contain commas', () => {
    expect(splitSrcset('a.png 1x, /img/b,c.png 2x,d.png')).toEqual([
      { url: 'a.png', descriptor: '1x' },
      { url: '/img/b,c.png', descriptor: '2x' },
      { url: 'd.png', descriptor: '' },
    ])
  })
})
