import { t } from '@shared/i18n/i18n'
import { formatByteSize } from '@shared/format/localeFormat'
import { createHash } from 'node:crypto'
import { existsSync, lstatSync } from 'node:fs'
import { copyFile, mkdir, readdir, stat } from 'node:fs/promises'
import { join } from 'node:path'
import { ArticleIdSchema, AssetNameSchema } from '@shared/article/Article'
import { ASSET_SRC_PREFIX } from '@shared/article/assetSrc'
import { MAX_IMAGE_BYTES, type AssetRef } from '@shared/ipc/contract'
import { AppError } from '../errors/AppError'
import { writeFileAtomic } from './atomicWrite'
import { assertInsideLibrary, isInsideLibrary } from './isInsideLibrary'
import type { LibraryPaths } from './LibraryPaths'
import { looksLikeSvg, sniffImageType } from './sniffImageType'

/**
 * Images of an article, stored by content in `articles/<id>/assets/<sha256>.<ext>`: the same
 * bytes always get the same name and are written once. The type comes from the bytes, never
 * from the file name.
 */
export class AssetStore {
  constructor(private readonly paths: LibraryPaths) {}

  /** Checks and stores an image; returns what the document should reference. */
  async import(articleId: string, bytes: Uint8Array): Promise<AssetRef> {
    if (bytes.byteLength === 0) throw new AppError('refused', t('libraryMain.images.empty'))
    if (bytes.byteLength > MAX_IMAGE_BYTES) {
      throw new AppError(
        'refused',
        t('libraryMain.images.tooLarge', {
          size: formatByteSize(bytes.byteLength),
          limit: formatByteSize(MAX_IMAGE_BYTES),
        }),
      )
    }
    const type = sniffImageType(bytes)
    if (!type) {
      if (looksLikeSvg(bytes)) throw new AppError('refused', t('libraryMain.images.svg'))
      throw new AppError('refused', t('libraryMain.images.notImage'))
    }
    const name = `${createHash('sha256').update(bytes).digest('hex')}.${type.ext}`
    const path = join(this.paths.assetsDir(articleId), name)
    assertInsideLibrary(this.paths.root, path, 'imagesFolder')
    const existing = await stat(path).catch(() => null)
    if (existing?.size !== bytes.byteLength) {
      await mkdir(this.paths.assetsDir(articleId), { recursive: true })
      await writeFileAtomic(path, bytes)
    }
    return { src: `${ASSET_SRC_PREFIX}${name}`, name }
  }

  /**
   * Absolute path of an existing asset, for serving it; null for anything that is not a
   * well-formed id and asset name, or does not exist. SVG is never served: it can run script.
   */
  file(articleId: string, name: string): string | null {
    if (!ArticleIdSchema.safeParse(articleId).success) return null
    if (!AssetNameSchema.safeParse(name).success || name.endsWith('.svg')) return null
    const path = join(this.paths.assetsDir(articleId), name)
    if (!existsSync(path)) return null
    // A link (to any file the person can read) is never served as an image.
    if (!lstatSync(path).isFile() || !isInsideLibrary(this.paths.root, path)) return null
    return path
  }

  /** Copies every asset of one article to another (for a duplicate). */
  async copyAll(fromId: string, toId: string): Promise<void> {
    let names: string[]
    try {
      names = await readdir(this.paths.assetsDir(fromId))
    } catch {
      return
    }
    assertInsideLibrary(this.paths.root, this.paths.assetsDir(fromId), 'imagesFolder')
    const wanted = names.filter((n) => {
      if (!AssetNameSchema.safeParse(n).success) return false
      const file = join(this.paths.assetsDir(fromId), n)
      return lstatSync(file, { throwIfNoEntry: false })?.isFile() === true
    })
    if (wanted.length === 0) return
    await mkdir(this.paths.assetsDir(toId), { recursive: true })
    for (const name of wanted) {
      await copyFile(
        join(this.paths.assetsDir(fromId), name),
        join(this.paths.assetsDir(toId), name),
      )
    }
  }
}
