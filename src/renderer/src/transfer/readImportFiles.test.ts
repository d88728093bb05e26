import { describe, expect, it } from 'vitest'

/** A real 1×1 PNG. */
const PNG = Uint8Array.from(
  atob(
    'iVBORw0KGgoAAAANSUhEUgAAAAEAAAABCAYAAAAfFcSJAAAADUlEQVR42mP8z8BQDwAEhQGAhKmMIQAAAABJRU5ErkJggg==',
  ),
  (c) => c.charCodeAt(0),
)
import { readImportFiles } from './readImportFiles'

const HOSTILE_PAGE = `<!doctype html><html><head>
<title>Spring results</title>
<meta name="description" content="A strong quarter.">
<meta name="keywords" content="finance, results">
<meta property="article:section" content="Investors">
<script>window.ran = true</script>
</head><body onload="window.ran = true">
<article><h1>Spring results</h1>
<p onclick="alert(1)">Revenue <b>grew</b> by <a href="javascript:alert(2)">ten</a> percent,
see <a href="https://example.com/report">the report</a>.</p>
<img src="images/chart.png" alt="Revenue chart" onerror="alert(3)">
<iframe src="https://evil.test"></iframe>
<ul><li>One<ul><li>Nested</li></ul></li></ul>
</article></body></html>`

function file(name: string, content: BlobPart, type = ''): File {
  return new File([content], name, { type })
}

describe('readImportFiles', () => {
  it('reads an HTML page: details from its head, body cleaned, nothing run', async () => {
    const { articles, skipped } = await readImportFiles([
      file('results.html', HOSTILE_PAGE, 'text/html'),
      file('chart.png', PNG, 'image/png'),
    ])
    expect(skipped).toEqual([])
    const [article] = articles
    expect(article?.meta).toMatchObject({
      title: 'Spring results',
      excerpt: 'A strong quarter.',
      category: 'Investors',
      tags: ['finance', 'results'],
    })
    const json = JSON.stringify(article?.doc)
    expect(json).not.toMatch(/javascript|onclick|onerror|iframe|evil/)
    expect(json).toContain('https://example.com/report')
    expect(json).not.toContain('"text":"Spring results"')
    const image = article?.doc.content?.find((n) => n.type === 'image')
    expect(image?.attrs).toMatchObject({ alt: 'Revenue chart', src: article?.images?.[0]?.ref })
    expect(json).toContain(
      '"type":"bulletList","content":[{"type":"listItem","content":[{"type":"paragraph"',
    )
    expect((window as unknown as { ran?: boolean }).ran).toBeUndefined()
  })

  it('takes a Markdown file with its image and skips what it cannot import, saying why', async () => {
    const big = { name: 'huge.md', size: 50 * 1024 * 1024 } as File
    const { articles, skipped } = await readImportFiles([
      file('post.md', '---\ntitle: Hello\n---\n\n![Pic](./images/pic.png)\n'),
      file('pic.png', PNG, 'image/png'),
      file('notes.pdf', '%PDF-1.4'),
      Object.assign(big, { webkitRelativePath: '' }),
    ])
    expect(articles).toHaveLength(1)
    expect(articles[0]?.images).toHaveLength(1)
    expect(articles[0]?.doc.content?.[0]?.attrs?.src).toBe(articles[0]?.images?.[0]?.ref)
    expect(skipped.map((s) => s.sourceName)).toEqual(['notes.pdf', 'huge.md'])
    const lonely = await readImportFiles([file('lonely.md', '![Chart](charts/q2.png)')])
    expect(lonely.notes).toEqual([
      'lonely.md: an image was not among the picked files and only the description was kept (charts/q2.png). Pick the images together with the file to bring them in.',
    ])
    expect(skipped[1]?.reason).toBe('The file is 50 MB; an article file may be up to 10 MB.')
  })
})
