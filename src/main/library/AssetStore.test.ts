import { mkdtemp, readdir, rm } from 'node:fs/promises'
import { tmpdir } from 'node:os'
import { join } from 'node:path'
import { afterEach, beforeEach, describe, expect, it } from 'vitest'
import { makePng } from '../../../tests/fixtures/makePng'
import { MAX_IMAGE_BYTES } from '@shared/ipc/contract'
import { AssetStore } from './AssetStore'
import { LibraryPaths } from './LibraryPaths'

const ID = 'abcdef123456'
let root: string
let store: AssetStore

beforeEach(async () => {
  root = await mkdtemp(join(tmpdir(), 'copydesk-assets-'))
  store = new AssetStore(new LibraryPaths(root))
})

afterEach(async () => {
  await rm(root, { recursive: true, force: true })
})

describe('AssetStore', () => {
  it('stores an image under the hash of its bytes, with the extension of its real type', async () => {
    const ref = await store.import(ID, makePng(8, 8))
    expect(ref.name).toMatch(/^[a-f0-9]{64}\.png$/)
    expect(ref.src).toBe(`asset:${ref.name}`)
    expect(store.file(ID, ref.name)).toBe(join(root, 'articles', ID, 'assets', ref.name))
  })

  it('writes the same bytes once', async () => {
    const png = makePng(8, 8)
    const first = await store.import(ID, png)
    const second = await store.import(ID, Buffer.from(png))
    expect(second).toEqual(first)
    expect(await readdir(join(root, 'articles', ID, 'assets'))).toEqual([first.name])
  })

  it('refuses a file that is not an image, whatever its name says', async () => {
    await expect(store.import(ID, Buffer.from('MZ executable'))).rejects.toMatchObject({
      code: 'refused',
      message: 'That file is not an image Copydesk can use (PNG, JPEG, GIF, WebP or AVIF).',
    })
  })

  it('refuses SVG, saying why', async () => {
    const svg = Buffer.from(
      '<svg xmlns="http://www.w3.org/2000/svg"><script>alert(1)</script></svg>',
    )
    await expect(store.import(ID, svg)).rejects.toMatchObject({
      code: 'refused',
      message: /SVG.*scripts/,
    })
  })

  it('refuses an image over the size limit', async () => {
    const big = new Uint8Array(MAX_IMAGE_BYTES + 1)
    big.set(makePng(1, 1))
    await expect(store.import(ID, big)).rejects.toMatchObject({
      code: 'refused',
      message: /up to 50 MB/,
    })
  })

  it('serves only well-formed names that exist, and never SVG', async () => {
    const ref = await store.import(ID, makePng(2, 2))
    expect(store.file(ID, '../../../etc/passwd')).toBeNull()
    expect(store.file('../x', ref.name)).toBeNull()
    expect(store.file(ID, `${'0'.repeat(64)}.png`)).toBeNull()
    expect(store.file(ID, `${'0'.repeat(64)}.svg`)).toBeNull()
  })
})
