import { describe, expect, it } from 'vitest'
import { cleanPastedHtml } from './cleanPastedHtml'
import { GOOGLE_DOCS_CLIPBOARD } from './fixtures/googleDocsClipboard'
import { WORD_CLIPBOARD } from './fixtures/wordClipboard'

const ASSET = `asset:${'a'.repeat(64)}.png`

describe('cleanPastedHtml from Word', () => {
  it('keeps the structure and drops Word markup', () => {
    expect(cleanPastedHtml(WORD_CLIPBOARD)).toBe(
      '<h2>Quarterly results</h2>' +
        '<p>Revenue grew by <strong>12 percent</strong> in the <em>third quarter</em>, the company said.</p>' +
        '<h3>Highlights</h3>' +
        '<ul><li><p>New campus opens in spring</p>' +
        '<ul><li><p>Engineering moves first</p></li></ul></li>' +
        '<li><p>Support follows in summer</p></li></ul>' +
        '<p>Next steps:</p>' +
        '<ol><li><p>Sign the lease</p></li><li><p>Plan the <strong>move</strong></p></li></ol>' +
        '<table><tbody>' +
        '<tr><td><p><strong>Site</strong></p></td><td><p><strong>Staff</strong></p></td></tr>' +
        '<tr><td><p>Leeds</p></td><td><p>120</p></td></tr>' +
        '</tbody></table>' +
        '<p><a href="https://example.com/report">Full report</a> and draft.</p>',
    )
  })

  it('turns list paragraphs without the MsoListParagraph class into a list by their mso-list style', () => {
    const html =
      "<p class=MsoNormal style='mso-list:l2 level1 lfo3'><span style='mso-list:Ignore'>a)</span>First</p>" +
      "<p class=MsoNormal style='mso-list:l2 level1 lfo3'><span style='mso-list:Ignore'>b)</span>Second</p>" +
      '<p class=MsoNormal>After</p>'
    expect(cleanPastedHtml(html)).toBe(
      '<ol><li><p>First</p></li><li><p>Second</p></li></ol><p>After</p>',
    )
  })

  it('removes spacer paragraphs that hold only a non-breaking space', () => {
    const html =
      '<p class=MsoNormal>One</p><p class=MsoNormal><o:p>&nbsp;</o:p></p><p>&nbsp; </p><p>Two</p>'
    expect(cleanPastedHtml(html)).toBe('<p>One</p><p>Two</p>')
  })
})

describe('cleanPastedHtml from Google Docs', () => {
  it('unwraps the docs-internal-guid <b> and maps span styles to marks', () => {
    expect(cleanPastedHtml(GOOGLE_DOCS_CLIPBOARD)).toBe(
      '<h2>Campus move</h2>' +
        '<p>The move is <strong>on schedule</strong><em>, managers say</em><u> today</u>.</p>' +
        '<ul><li><p>Shorter handovers</p></li><li><p><strong>Less travel</strong></p></li></ul>' +
        '<p>Read the <a href="https://example.com/plan">full plan</a>.</p>',
    )
  })

  it('does not make the whole paste bold', () => {
    expect(cleanPastedHtml(GOOGLE_DOCS_CLIPBOARD)).not.toMatch(/^<strong>|<b[\s>]/)
  })

  it('maps combined styles to nested marks', () => {
    const html =
      '<span style="font-weight:bold;font-style:italic;text-decoration:line-through">all</span>'
    expect(cleanPastedHtml(html)).toBe('<strong><em><s>all</s></em></strong>')
  })
})

describe('cleanPastedHtml against hostile HTML', () => {
  it.each([
    ['script', '<p>Hello<script>alert(1)</script> world</p>', '<p>Hello world</p>'],
    ['onerror on a broken image', '<img src="x" onerror="alert(1)">', ''],
    [
      'event handlers on a kept image',
      '<img src="https://example.com/a.png" onerror="alert(1)" onload="alert(2)" alt="A">',
      '<img src="https://example.com/a.png" alt="A">',
    ],
    ['javascript: link', '<a href="javascript:alert(1)">click</a>', 'click'],
    ['tab-split javascript: link', '<a href="jav&#x09;ascript:alert(1)">tab</a>', 'tab'],
    ['vbscript: link', '<a href="vbscript:msgbox(1)">vb</a>', 'vb'],
    [
      'data: link',
      '<a href="data:text/html;base64,PHNjcmlwdD5hbGVydCgxKTwvc2NyaXB0Pg==">data</a>',
      'data',
    ],
    ['svg data image', '<img src="data:image/svg+xml;base64,PHN2Zz48L3N2Zz4=">', ''],
    ['noscript mutation XSS', '<noscript><p title="</noscript><img src=x onerror=alert(1)>">', ''],
    [
      'svg with script',
      '<svg><script>alert(1)</script><a xlink:href="javascript:alert(1)"><text>x</text></a></svg>',
      '',
    ],
    ['math mutation XSS', '<math><mtext><table><mglyph><style><img src=x onerror=alert(1)>', ''],
    [
      'iframe, object, embed and form',
      '<iframe src="https://evil.example"></iframe><object data="x">obj</object><embed src="x">' +
        '<form action="https://evil.example"><input name="q"><button>Go</button></form><p>after</p>',
      '<p>after</p>',
    ],
    [
      'meta, link, style and base',
      '<meta http-equiv="refresh" content="0;url=https://evil.example">' +
        '<link rel="stylesheet" href="https://evil.example/x.css"><base href="https://evil.example/">' +
        '<style>p{color:red}</style><p>Kept</p>',
      '<p>Kept</p>',
    ],
    [
      'styles, classes, ids and handlers on text',
      '<p style="background:url(javascript:alert(1))" class="x" id="y" onclick="z">Text</p>',
      '<p>Text</p>',
    ],
    [
      'target and rel on a link',
      '<p><a href="https://example.com" target="_blank" rel="opener" onmouseover="x">ok</a></p>',
      '<p><a href="https://example.com">ok</a></p>',
    ],
  ])('%s', (_name, html, expected) => {
    const cleaned = cleanPastedHtml(html)
    expect(cleaned).toBe(expected)
    expect(cleaned).not.toMatch(/onerror|onclick|javascript:|<script|<svg|<iframe/i)
  })
})

describe('cleanPastedHtml structure', () => {
  it('maps heading levels by rank into H2–H4', () => {
    expect(cleanPastedHtml('<h1>T</h1><h2>S</h2>')).toBe('<h2>T</h2><h3>S</h3>')
    expect(cleanPastedHtml('<h2>A</h2><h3>B</h3><h5>C</h5><h6>D</h6>')).toBe(
      '<h2>A</h2><h3>B</h3><h4>C</h4><h4>D</h4>',
    )
  })

  it('keeps heading levels and the slice marker of content copied from the editor', () => {
    expect(cleanPastedHtml('<h3 data-pm-slice="1 1 []">Sub</h3><p>x</p>')).toBe(
      '<h3 data-pm-slice="1 1 []">Sub</h3><p>x</p>',
    )
  })

  it('turns layout divs into paragraphs and unwraps divs that hold blocks', () => {
    expect(cleanPastedHtml('<div>One</div><div><p>Two</p><div>Three</div></div>')).toBe(
      '<p>One</p><p>Two</p><p>Three</p>',
    )
  })

  it('keeps an inline fragment inline', () => {
    expect(cleanPastedHtml('some <b>bold</b> and <i>italic</i> text')).toBe(
      'some <strong>bold</strong> and <em>italic</em> text',
    )
  })

  it('keeps library, remote and raster data images, and drops local files', () => {
    const html =
      `<img src="${ASSET}" alt="Chart"><img src="data:image/png;base64,iVBORw0KGgo=">` +
      '<img src="file:///C:/x.png"><img src="/relative.png">'
    expect(cleanPastedHtml(html)).toBe(
      `<img src="${ASSET}" alt="Chart"><img src="data:image/png;base64,iVBORw0KGgo=">`,
    )
  })

  it('keeps code blocks verbatim', () => {
    const html = '<pre><code class="language-js">const a = 1\n  return a</code></pre>'
    expect(cleanPastedHtml(html)).toBe('<pre><code>const a = 1\n  return a</code></pre>')
  })

  it('keeps table spans and moves a caption above the table', () => {
    const html =
      '<table><caption>Staff</caption><tr><th colspan="2" width="300">Site</th></tr>' +
      '<tr><td rowspan="1" style="color:red">Leeds</td><td>120</td></tr></table>'
    expect(cleanPastedHtml(html)).toBe(
      '<p>Staff</p><table><tbody><tr><th colspan="2">Site</th></tr>' +
        '<tr><td rowspan="1">Leeds</td><td>120</td></tr></tbody></table>',
    )
  })

  it('drops line breaks at the end of a line and between blocks, keeps those inside text', () => {
    expect(cleanPastedHtml('<p>a<br></p><br><p>b<br>c</p>')).toBe('<p>a</p><p>b<br>c</p>')
  })

  it('keeps the text of elements it does not keep', () => {
    expect(cleanPastedHtml('<p>E = mc<sup>2</sup> <font color="red">now</font></p>')).toBe(
      '<p>E = mc2 now</p>',
    )
  })
})
