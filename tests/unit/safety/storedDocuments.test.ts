import { mkdir, mkdtemp, rm, writeFile } from 'node:fs/promises'
import { tmpdir } from 'node:os'
import { join } from 'node:path'
import { afterEach, beforeEach, describe, expect, it } from 'vitest'
import { contract } from '../../../src/shared/ipc/contract'
import { safeImageSrc, safeLinkHref } from '../../../src/shared/safety/urlPolicy'
import { LibraryService } from '../../../src/main/library/LibraryService'
import {
  articleFileWithEveryUnsafeUrl,
  UNSAFE_IMAGE_SOURCES,
  UNSAFE_LINK_TARGETS,
  urlsIn,
} from '../../fixtures/hostile'

const ID = 'unsafeurls01'
let root: string
let library: LibraryService

beforeEach(async () => {
  root = await mkdtemp(join(tmpdir(), 'copydesk-safety-'))
  await mkdir(join(root, 'articles', ID), { recursive: true })
  await writeFile(
    join(root, 'articles', ID, 'article.json'),
    JSON.stringify(articleFileWithEveryUnsafeUrl(ID)),
  )
  library = await LibraryService.open({ root, now: () => new Date(0), indexWriteDelayMs: 10 })
})

afterEach(async () => {
  await library.close()
  await rm(root, { recursive: true, force: true })
})

describe('a stored document loaded from disk', () => {
  it('holds only allowed URLs, and keeps the words around the ones taken out', async () => {
    const article = await library.get(ID)
    const { hrefs, srcs } = urlsIn(article.doc)
    expect(hrefs).toEqual(['https://example.com/news'])
    expect(srcs).toEqual([`asset:${'c'.repeat(64)}.png`])
    for (const href of hrefs) expect(safeLinkHref(href)).not.toBeNull()
    for (const src of srcs) expect(safeImageSrc(src)).not.toBeNull()
    expect(article.meta.featuredImage).toBeNull()
    const words = JSON.stringify(article.doc)
    expect(words).toContain(`bad link ${UNSAFE_LINK_TARGETS.length - 1}`)
    expect(words).toContain(`bad image ${UNSAFE_IMAGE_SOURCES.length - 1}`)
    expect(words).toContain('cell image')
  })

  it('counts what was taken out, for the one notice the window shows', async () => {
    const article = await library.get(ID)
    expect(article.removedUrls).toEqual({
      links: UNSAFE_LINK_TARGETS.length + 1,
      images: UNSAFE_IMAGE_SOURCES.length + 1,
      featuredImage: true,
    })
  })

  it('has nothing to tell once the cleaned article was saved', async () => {
    await library.get(ID)
    await library.save({ id: ID, meta: { title: 'Looked at' } }, 'Writer')
    expect((await library.get(ID)).removedUrls).toBeUndefined()
  })
})

describe('the IPC door', () => {
  const save = contract.articles.save.input

  it('cleans a saved document of unsafe URLs', () => {
    const { doc } = articleFileWithEveryUnsafeUrl(ID)
    const parsed = save.parse({ id: ID, doc })
    expect(urlsIn(parsed.doc ?? { type: 'doc' }).hrefs).toEqual(['https://example.com/news'])
  })

  it('says once, in the answer to the save, what it took out', async () => {
    const input = save.parse({
      id: ID,
      doc: {
        type: 'doc',
        content: [
          {
            type: 'paragraph',
            content: [
              {
                type: 'text',
                text: 'one',
                marks: [{ type: 'link', attrs: { href: 'file:///c' } }],
              },
              {
                type: 'text',
                text: 'two',
                marks: [{ type: 'link', attrs: { href: 'ms-msdt:x' } }],
              },
            ],
          },
        ],
      },
    })
    const result = await library.save(input, 'Writer')
    expect(result.notice).toBe('2 links were removed: unsafe targets. Their words were kept.')
  })

  it('refuses a featured image with an unsafe source', () => {
    for (const src of ['file:///etc/passwd', 'javascript:alert(1)', 'data:text/html,x']) {
      const result = save.safeParse({ id: ID, meta: { featuredImage: { src, alt: '' } } })
      expect(result.success).toBe(false)
    }
  })

  it('refuses a nesting bomb before validating it', () => {
    let node: unknown = { type: 'paragraph' }
    for (let i = 0; i < 50_000; i++) node = { type: 'blockquote', content: [node] }
    const result = save.safeParse({ id: ID, doc: { type: 'doc', content: [node] } })
    expect(result.success).toBe(false)
    expect(result.error?.issues[0]?.message).toMatch(/too large or nested too deeply/)
  })
})
