import { writeFile } from 'node:fs/promises'
import { createServer, type Server } from 'node:http'
import type { AddressInfo } from 'node:net'
import { join } from 'node:path'
import { afterAll, beforeAll, describe, expect, it } from 'vitest'
import type { ArticleFile, DocNode } from '../../src/shared/article/Article'
import { createGuardedFetch } from '../../src/main/security/createGuardedFetch'
import { makePng } from '../fixtures/makePng'
import { startHarness, type Harness } from '../harness/startHarness'

/*
 * Documents as they lie on disk, written by someone else (a careless peer, a hand edit, an older
 * version): what loading takes out is said once, and the web images they name are requested
 * only when the person downloads them.
 */

const WAIT = { timeout: 15_000 }
const EDITOR = '.ui-pane-editor > .ui-editor-scroll [data-testid=editor] .ProseMirror'

let h: Harness
/** A picture site on 127.0.0.1 (the one place this run's downloads may go); counts requests. */
let images: Server
let imagesOrigin: string
const imageHits: string[] = []
/** Requests the window made anywhere but the app itself. */
const foreign: string[] = []

const text = (words: string, href?: string): DocNode => ({
  type: 'text',
  text: words,
  ...(href && { marks: [{ type: 'link', attrs: { href } }] }),
})
const p = (...content: DocNode[]): DocNode => ({ type: 'paragraph', content })
const image = (src: string, alt: string): DocNode => ({
  type: 'image',
  attrs: { src, alt, title: null, caption: '', width: null, height: null },
})

/** Writes an article.json straight onto the disk, as a sync tool or another program would. */
async function writeStored(title: string, doc: DocNode, featured: string | null): Promise<string> {
  const { meta } = await h.services.library.create({ title })
  const now = new Date().toISOString()
  const file: ArticleFile = {
    schema: 1,
    meta: {
      ...meta,
      featuredImage: featured === null ? null : { src: featured, alt: 'featured' },
      updatedAt: now,
    },
    doc,
    comments: [],
    history: [],
    publications: {},
  }
  await writeFile(join(h.libraryPath, 'articles', meta.id, 'article.json'), JSON.stringify(file))
  return meta.id
}

async function open(id: string, title: string): Promise<void> {
  await h.page.click(`[data-testid=article-row][data-id="${id}"]`)
  await h.page.waitForFunction(
    (expected) =>
      document.querySelector<HTMLInputElement>('[data-testid=title-input]')?.value === expected,
    title,
    WAIT,
  )
  await h.page.waitForSelector(EDITOR, WAIT)
}

async function toasts(): Promise<string[]> {
  return h.page.locator('[data-testid=toast]').allTextContents()
}

async function dismissToasts(): Promise<void> {
  await h.page.evaluate(() =>
    document.querySelectorAll<HTMLElement>('[data-testid=toast] button').forEach((b) => b.click()),
  )
}

/** The image sources of an article as the library holds it, once the autosave has landed. */
async function storedSrcs(id: string): Promise<unknown[]> {
  const { doc } = await h.services.library.get(id)
  return (doc.content ?? []).filter((n) => n.type === 'image').map((n) => n.attrs?.src)
}

beforeAll(async () => {
  const png = makePng(8, 6)
  images = createServer((req, res) => {
    imageHits.push(req.url ?? '')
    res.writeHead(200, { 'content-type': 'image/png' }).end(png)
  })
  await new Promise<void>((done) => images.listen(0, '127.0.0.1', done))
  imagesOrigin = `http://127.0.0.1:${(images.address() as AddressInfo).port}`
  h = await startHarness({
    fetchForDocument: createGuardedFetch({ allowedHosts: ['127.0.0.1'] }),
  })
  const app = `${h.baseUrl}/`
  h.context.on('request', (request) => {
    const url = request.url()
    if (url.startsWith(app) || /^(data|blob|about):/.test(url)) return
    foreign.push(url)
  })
  await h.context.route(
    (url) => !url.href.startsWith(app),
    (route) => route.abort(),
  )
}, 120_000)

afterAll(async () => {
  await h?.close()
  await new Promise((done) => images.close(done))
})

describe('a stored document with unsafe addresses', () => {
  let id = ''

  beforeAll(async () => {
    const doc: DocNode = {
      type: 'doc',
      content: [
        p(
          text('Minutes of the board. '),
          text('Agenda', 'file:///c:/board/agenda.docx'),
          text(' and '),
          text('budget', 'ms-msdt:/id PCWDiagnostic'),
          text(' are attached. '),
          text('Our site', 'https://example.com/'),
        ),
      ],
    }
    id = await writeStored('Board minutes', doc, 'file:///etc/passwd')
    await h.reload()
    await h.page.waitForSelector('[data-testid=article-row]', WAIT)
  }, 60_000)

  it('says once, as it opens, what loading took out', async () => {
    await open(id, 'Board minutes')
    await h.page.waitForSelector('[data-testid=toast]', WAIT)
    // A moment for any second notice that would wrongly follow.
    await h.page.waitForTimeout(300)
    expect(await toasts()).toEqual([
      '2 links and the featured image were removed: unsafe targets. Their words were kept.',
    ])
    const words = await h.page.textContent(EDITOR)
    expect(words).toContain('Agenda and budget are attached.')
    const hrefs = await h.page.$$eval(`${EDITOR} a`, (links) =>
      links.map((a) => a.getAttribute('href')),
    )
    expect(hrefs).toEqual(['https://example.com/'])
  })

  it('has nothing more to say once the cleaned article was saved', async () => {
    await dismissToasts()
    await h.page.click(`${EDITOR} p`)
    await h.page.keyboard.press('End')
    await h.page.keyboard.type(' Read.')
    await expect
      .poll(async () => JSON.stringify((await h.services.library.get(id)).doc), WAIT)
      .toContain('Read.')
    await h.reload()
    await h.page.waitForSelector('[data-testid=article-row]', WAIT)
    await open(id, 'Board minutes')
    await h.page.waitForTimeout(500)
    expect(await toasts()).toEqual([])
  })
})

describe('a stored document that names web images', () => {
  let id = ''
  const chart = () => `${imagesOrigin}/chart.png`
  const team = () => `${imagesOrigin}/team.png`

  beforeAll(async () => {
    const doc: DocNode = {
      type: 'doc',
      content: [
        p(text('From the old site.')),
        image(chart(), 'Chart'),
        image(team(), 'Team'),
        p(text('The end.')),
      ],
    }
    id = await writeStored('From the old site', doc, null)
    await h.reload()
    await h.page.waitForSelector('[data-testid=article-row]', WAIT)
  }, 60_000)

  it('shows placeholders and requests nothing until the person asks', async () => {
    await open(id, 'From the old site')
    await h.page.waitForSelector(`${EDITOR} .ui-figure--remote`, WAIT)
    await h.page.waitForTimeout(500)
    expect(await h.page.locator(`${EDITOR} .ui-figure--remote`).count()).toBe(2)
    expect(await h.page.textContent('[data-testid=web-images-notice]')).toContain(
      '2 images are still on other sites',
    )
    expect(imageHits).toEqual([])
    expect(foreign).toEqual([])
  })

  it('downloads one image from its placeholder into the library', async () => {
    await h.page.click(`${EDITOR} figure:nth-of-type(1) .ui-figure__download`)
    await h.page.waitForSelector(`${EDITOR} img[src^="/media/"]`, WAIT)
    expect(imageHits).toEqual(['/chart.png'])
    await expect
      .poll(() => storedSrcs(id), WAIT)
      .toEqual([expect.stringMatching(/^asset:[a-f0-9]{64}\.png$/), team()])
    expect(await h.page.textContent('[data-testid=web-images-notice]')).toContain(
      '1 image is still on another site',
    )
  })

  it('downloads the rest with Download', async () => {
    await h.page.click('[data-testid=download-web-images]')
    await h.page.waitForSelector('[data-testid=web-images-notice]', { state: 'detached', ...WAIT })
    expect(imageHits).toEqual(['/chart.png', '/team.png'])
    const asset = expect.stringMatching(/^asset:[a-f0-9]{64}\.png$/)
    await expect.poll(() => storedSrcs(id), WAIT).toEqual([asset, asset])
    expect(foreign).toEqual([])
  })
})
