import { mkdir, mkdtemp, readdir, readFile, rm, symlink, writeFile } from 'node:fs/promises'
import { tmpdir } from 'node:os'
import { join } from 'node:path'
import { afterEach, beforeEach, describe, expect, it } from 'vitest'
import { LibraryService } from '../../src/main/library/LibraryService'
import { resolveAppRequest } from '../../src/main/serving/resolveAppRequest'

const PNG = Buffer.from(
  'iVBORw0KGgoAAAANSUhEUgAAAAEAAAABCAYAAAAfFcSJAAAADUlEQVR42mP8z8BQDwAEhQGAhKmMIQAAAABJRU5ErkJggg==',
  'base64',
)

let work: string
let root: string
let outside: string
let library: LibraryService

beforeEach(async () => {
  work = await mkdtemp(join(tmpdir(), 'copydesk-links-'))
  root = join(work, 'library')
  outside = join(work, 'outside')
  await mkdir(outside)
  await writeFile(join(outside, 'secret.txt'), 'private notes')
  library = await LibraryService.open({ root })
})
afterEach(async () => {
  await library.close()
  await rm(work, { recursive: true, force: true })
})

function serve(articleId: string, name: string): ReturnType<typeof resolveAppRequest> {
  return resolveAppRequest('GET', `/media/${articleId}/${name}`, {
    rendererDir: join(work, 'renderer'),
    assetFile: (id, asset) => library.assetFile(id, asset),
    themeDir: () => null,
  })
}

describe('links inside a library are never followed out of it', () => {
  it('does not serve an asset that is a link to another file', async () => {
    const { meta } = await library.create({ title: 'Links' })
    const real = await library.importAsset({
      articleId: meta.id,
      fileName: 'a.png',
      mimeType: 'image/png',
      bytes: PNG,
    })
    expect(serve(meta.id, real.name)).toMatchObject({ kind: 'file' })
    const linked = `${'a'.repeat(64)}.png`
    await symlink(join(outside, 'secret.txt'), join(root, 'articles', meta.id, 'assets', linked))
    expect(serve(meta.id, linked)).not.toMatchObject({ kind: 'file' })
  })

  it('writes no image through an images folder that links outside', async () => {
    const { meta } = await library.create({ title: 'Links' })
    await symlink(outside, join(root, 'articles', meta.id, 'assets'))
    const input = { articleId: meta.id, fileName: 'a.png', mimeType: 'image/png', bytes: PNG }
    await expect(library.importAsset(input)).rejects.toThrow(/does not follow links/)
    expect(await readdir(outside)).toEqual(['secret.txt'])
  })

  it('writes no revision through a revisions folder that links outside', async () => {
    const { meta } = await library.create({ title: 'Links' })
    await symlink(outside, join(root, 'articles', meta.id, 'revisions'))
    await library.save({ id: meta.id, meta: { status: 'in_review' } }, 'me').catch(() => null)
    await library.revisionsList(meta.id).catch(() => null)
    expect(await readdir(outside)).toEqual(['secret.txt'])
  })

  it('leaves an article folder that is a link out of the library, and writes nothing there', async () => {
    const { meta } = await library.create({ title: 'Real' })
    await library.close()
    const elsewhere = join(outside, 'article')
    await mkdir(elsewhere)
    const text = await readFile(join(root, 'articles', meta.id, 'article.json'), 'utf8')
    await writeFile(join(elsewhere, 'article.json'), text.replace(meta.id, 'linkedarticle1'))
    await symlink(elsewhere, join(root, 'articles', 'linkedarticle1'))
    library = await LibraryService.open({ root })
    expect(library.list({}).items.map((s) => s.id)).toEqual([meta.id])
    await expect(
      library.save({ id: 'linkedarticle1', meta: { title: 'Written outside' } }, 'me'),
    ).rejects.toThrow()
    expect(await readFile(join(elsewhere, 'article.json'), 'utf8')).not.toContain('Written outside')
  })
})
