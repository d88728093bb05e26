import { createHash } from 'node:crypto'
import { createServer } from 'node:http'
import type { AddressInfo } from 'node:net'
import { mkdtemp, readdir, readFile, rm, writeFile } from 'node:fs/promises'
import { tmpdir } from 'node:os'
import { join } from 'node:path'
import { unzipSync } from 'fflate'
import { afterEach, beforeEach, describe, expect, it } from 'vitest'
import type { DocNode } from '@shared/article/Article'
import { applyLanguage } from '@shared/i18n/i18n'
import { articleFromMarkdown } from '@shared/transfer/articleFromMarkdown'
import { makePng } from '../../../tests/fixtures/makePng'
import { LibraryService } from '../library/LibraryService'
import { TransferService } from './TransferService'

let dir: string
let library: LibraryService
let saved: string[]
let transfer: TransferService

beforeEach(async () => {
  dir = await mkdtemp(join(tmpdir(), 'copydesk-transfer-'))
  library = await LibraryService.open({ root: join(dir, 'Library'), indexWriteDelayMs: 10 })
  saved = []
  transfer = new TransferService({
    library: () => library,
    now: () => new Date('2024-06-01T12:00:00Z'),
    // The images these tests serve are on 127.0.0.1, which the app's guarded fetch refuses.
    fetch,
    chooseSavePath: async (name) => {
      const path = join(dir, 'out', name)
      saved.push(path)
      return path
    },
  })
})

afterEach(async () => {
  applyLanguage('en', ['en-US'])
  await library.close()
  await rm(dir, { recursive: true, force: true })
})

const png = makePng(4, 4)
const pngRef = `asset:${createHash('sha256').update(png).digest('hex')}.png`
const markdown = `---\ntitle: Launch day\ncategory: News\ntags: [launch]\n---\n\nWe **launched**.\n\n![The stage](images/stage.png)\n\n[Home](javascript:alert(1))\n`

function converted(sourceName = 'launch.md') {
  const { meta, doc } = articleFromMarkdown(sourceName, markdown, {
    imageSrc: (src) => (src === 'images/stage.png' ? pngRef : src),
  })
  const image = {
    ref: pngRef,
    fileName: 'stage.png',
    mimeType: 'image/png',
    dataBase64: Buffer.from(png).toString('base64'),
  }
  return { sourceName, meta, doc, images: [image], featuredImageUrl: null }
}

describe('TransferService', () => {
  it('imports a Markdown file as a new draft with its image and details', async () => {
    const summary = await transfer.importArticles([converted()], 'Ana')
    expect(summary.skipped).toEqual([])
    expect(summary.notes).toEqual([])
    expect(JSON.stringify(summary)).not.toContain('javascript')
    const [entry] = summary.imported
    const article = await library.get(entry?.id ?? '')
    expect(article.meta).toMatchObject({
      title: 'Launch day',
      category: 'News',
      tags: ['launch'],
      status: 'draft',
    })
    const image = article.doc.content?.find((n) => n.type === 'image')
    expect(image?.attrs?.src).toBe(pngRef)
    expect(library.assetFile(article.meta.id, pngRef.slice('asset:'.length))).not.toBeNull()
  })

  it('brings a file’s comments in, signed by their authors, on their words; others’ anchors go', async () => {
    const on = (commentId: string) => ({ type: 'comment' as const, attrs: { commentId } })
    const doc: DocNode = {
      type: 'doc',
      content: [
        {
          type: 'paragraph',
          content: [
            { type: 'text', text: 'Opened ' },
            { type: 'text', text: 'Monday', marks: [on('cword1')] },
            { type: 'text', text: ' at dawn', marks: [on('cstranger')] },
          ],
        },
      ],
    }
    const comment = {
      id: 'cword1',
      quote: 'Monday',
      body: 'Was it not Tuesday?',
      author: 'Rita Reviewer',
      createdAt: '2024-05-02T10:00:00.000Z',
      resolved: true,
      replies: [{ id: 'cword2', body: 'Monday, checked.', author: '', createdAt: null }],
    }
    const importedFrom = Date.now()
    const summary = await transfer.importArticles(
      [{ ...converted('report.docx'), doc, comments: [comment] }],
      'Ana',
    )
    const id = summary.imported[0]?.id ?? ''
    const article = await library.get(id)
    expect(JSON.stringify(article.doc)).not.toContain('cstranger')
    expect(article.doc.content?.[0]?.content?.[1]?.marks).toEqual([on('cword1')])
    expect(article.comments).toMatchObject([
      {
        id: 'cword1',
        quote: 'Monday',
        body: 'Was it not Tuesday?',
        author: 'Rita Reviewer',
        resolved: true,
        resolvedBy: 'Rita Reviewer',
        createdAt: '2024-05-02T10:00:00.000Z',
        replies: [{ id: 'cword2', body: 'Monday, checked.', author: 'Ana' }],
      },
    ])
    // A reply the file did not date is dated by the import.
    const replied = Date.parse(article.comments?.[0]?.replies[0]?.createdAt ?? '')
    expect(replied).toBeGreaterThanOrEqual(importedFrom)
  })

  it('skips a file whose image is not an image, keeping the rest of the import', async () => {
    const bad = converted('bad.md')
    const notImage = {
      ...bad.images[0]!,
      dataBase64: Buffer.from('<svg onload=x>').toString('base64'),
    }
    const summary = await transfer.importArticles(
      [{ ...bad, images: [notImage] }, converted()],
      'Ana',
    )
    expect(summary.imported).toHaveLength(2)
    expect(
      summary.notes.some((n) => n.startsWith('bad.md: the image stage.png was left out.')),
    ).toBe(true)
    const badArticle = await library.get(summary.imported[0]!.id)
    expect(badArticle.doc.content?.some((n) => n.type === 'image')).toBe(false)
  })

  it('downloads featured images it can reach and refers to the others by address', async () => {
    const server = createServer((request, response) => {
      if (request.url === '/quay.png')
        response.writeHead(200, { 'Content-Type': 'image/png' }).end(png)
      else response.writeHead(404).end()
    })
    await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve))
    const { port } = server.address() as AddressInfo
    try {
      const post = (name: string, url: string) => ({
        ...converted(name),
        images: [],
        featuredImageUrl: url,
      })
      const summary = await transfer.importArticles(
        [
          post('a', `http://127.0.0.1:${port}/quay.png`),
          post('b', `http://127.0.0.1:${port}/gone.png`),
        ],
        'Ana',
      )
      const [a, b] = await Promise.all(summary.imported.map((entry) => library.get(entry.id)))
      expect(a?.meta.featuredImage).toEqual({ src: pngRef, alt: '' })
      expect(b?.meta.featuredImage).toEqual({ src: `http://127.0.0.1:${port}/gone.png`, alt: '' })
    } finally {
      server.close()
    }
  })

  it('suggests a name for the export in the chosen language', async () => {
    await transfer.importArticles([converted()], 'Ana')
    applyLanguage('de', ['de-DE'])
    const result = await transfer.exportLibrary({ format: 'zip' })
    expect(result?.path).toBe(join(dir, 'out', 'Copydesk-Export 2024-06-01.zip'))
  })

  it('exports the library as a folder of Markdown files with images, which imports again', async () => {
    const { imported } = await transfer.importArticles([converted()], 'Ana')
    const result = await transfer.exportLibrary({ format: 'folder' })
    expect(result).toEqual({ path: join(dir, 'out', 'Copydesk export 2024-06-01'), articles: 1 })
    const folder = result?.path ?? ''
    expect((await readdir(folder)).sort()).toEqual(['images', 'launch-day.md'])
    const text = await readFile(join(folder, 'launch-day.md'), 'utf8')
    expect(text).toContain(`![The stage](images/${pngRef.slice('asset:'.length)})`)
    const again = articleFromMarkdown('launch-day.md', text)
    const original = await library.get(imported[0]!.id)
    expect(again.meta).toMatchObject({ title: 'Launch day', category: 'News', tags: ['launch'] })
    expect(JSON.stringify(again.doc)).toContain('launched')
    expect(original.doc.content?.length).toBeGreaterThan(0)
  })

  it('leaves out a featured image with an unsafe address, and says so', async () => {
    const file = converted('unsafe.md')
    const meta = { ...file.meta, featuredImage: { src: 'file:///etc/passwd', alt: 'x' } }
    const summary = await transfer.importArticles([{ ...file, meta }], 'Ana')
    const article = await library.get(summary.imported[0]!.id)
    expect(article.meta.featuredImage).toBeNull()
    expect(summary.notes).toContain('unsafe.md: the featured image was left out: unsafe address.')
  })

  it('carries the featured image through an export and back', async () => {
    const { imported } = await transfer.importArticles([converted()], 'Ana')
    const id = imported[0]!.id
    await library.save({ id, meta: { featuredImage: { src: pngRef, alt: 'The stage' } } }, 'Ana')
    const folder = (await transfer.exportLibrary({ format: 'folder' }))?.path ?? ''
    const text = await readFile(join(folder, 'launch-day.md'), 'utf8')
    const name = pngRef.slice('asset:'.length)
    expect(text).toContain(`image: images/${name}\nimage_alt: The stage\n`)
    const again = articleFromMarkdown('launch-day.md', text, {
      imageSrc: (src) => (src === `images/${name}` ? pngRef : src),
    })
    const image = { ...converted().images[0]! }
    const back = await transfer.importArticles(
      [{ sourceName: 'launch-day.md', ...again, images: [image], featuredImageUrl: null }],
      'Ana',
    )
    const copy = await library.get(back.imported[0]!.id)
    expect(copy.meta.featuredImage).toEqual({ src: pngRef, alt: 'The stage' })
  })

  it('exports a selection as a zip', async () => {
    const { imported } = await transfer.importArticles([converted(), converted('two.md')], 'Ana')
    const result = await transfer.exportLibrary({ ids: [imported[1]!.id], format: 'zip' })
    const files = unzipSync(await readFile(result?.path ?? ''))
    expect(Object.keys(files).sort()).toEqual([
      'images/' + pngRef.slice('asset:'.length),
      'launch-day.md',
    ])
    expect(files['images/' + pngRef.slice('asset:'.length)]).toEqual(new Uint8Array(png))
  })

  it('refuses to export into a folder that already holds files', async () => {
    await transfer.importArticles([converted()], 'Ana')
    const target = join(dir, 'out', 'Copydesk export 2024-06-01')
    await rm(target, { recursive: true, force: true })
    await import('node:fs/promises').then((fs) => fs.mkdir(target, { recursive: true }))
    await writeFile(join(target, 'mine.txt'), 'keep me')
    await expect(transfer.exportLibrary({ format: 'folder' })).rejects.toThrow(/already there/)
    expect(await readdir(target)).toEqual(['mine.txt'])
  })

  it('exports one article as HTML with its images beside it', async () => {
    const { imported } = await transfer.importArticles([converted()], 'Ana')
    const result = await transfer.exportArticle({ id: imported[0]!.id, format: 'html' })
    const html = await readFile(result?.path ?? '', 'utf8')
    expect(result?.path).toBe(join(dir, 'out', 'launch-day.html'))
    expect(html).toContain('<title>Launch day</title>')
    expect(html).toContain('<meta name="category" content="News">')
    expect(html).toContain(`src="images/${pngRef.slice('asset:'.length)}"`)
    expect(html).not.toContain('javascript:')
    expect(await readdir(join(dir, 'out', 'images'))).toEqual([pngRef.slice('asset:'.length)])
  })
})
