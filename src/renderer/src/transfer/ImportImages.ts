import { AssetNameSchema } from '@shared/article/Article'
import { ASSET_SRC_PREFIX } from '@shared/article/assetSrc'
import type { ImportImage } from '@shared/transfer/ImportedArticle'
import { dataUrlToFile } from '../editor/images/dataUrlToFile'
import { readBlob } from './readBlob'

/** Image file names an import takes alongside its articles. */
export const IMAGE_FILE = /\.(png|jpe?g|gif|webp|avif)$/i

/** A file's bytes as base64, to cross to main. */
export async function fileBase64(file: Blob): Promise<string> {
  const bytes = new Uint8Array(await readBlob(file, 'bytes'))
  let binary = ''
  for (let i = 0; i < bytes.length; i += 0x8000) {
    binary += String.fromCharCode(...bytes.subarray(i, i + 0x8000))
  }
  return btoa(binary)
}

async function sha256Hex(buffer: ArrayBuffer): Promise<string> {
  // A fresh copy: the test DOM's FileReader hands out buffers of another realm.
  const bytes = Uint8Array.from(new Uint8Array(buffer))
  const digest = new Uint8Array(await crypto.subtle.digest('SHA-256', bytes))
  return Array.from(digest, (b) => b.toString(16).padStart(2, '0')).join('')
}

/** `asset:<sha256>.<ext>` for a file: main names the stored image the same way. */
async function assetRef(file: Blob, name: string): Promise<string> {
  const ext = (/\.(png|jpe?g|gif|webp|avif)$/i.exec(name)?.[1] ?? 'png').toLowerCase()
  const ref = `${ASSET_SRC_PREFIX}${await sha256Hex(await readBlob(file, 'bytes'))}.${ext}`
  return AssetNameSchema.safeParse(ref.slice(ASSET_SRC_PREFIX.length)).success ? ref : ''
}

/** Lower-cased path without `./`, for matching a file's image reference against picked files. */
function key(path: string): string {
  return path
    .replace(/\\/g, '/')
    .replace(/^(\.\/)+/, '')
    .toLowerCase()
}

interface Entry {
  ref: string
  file: File
}

/**
 * The image files picked or dropped together with articles. A file's image reference
 * (`images/chart.png`, `./chart.png`) finds its image by relative path, else by file name; the
 * document then points at a placeholder `asset:` source that main replaces with the stored image.
 */
export class ImportImages {
  private readonly byPath = new Map<string, Entry>()
  private readonly byName = new Map<string, Entry>()

  private constructor() {}

  /** Indexes the image files (hashing each once). */
  static async from(files: File[]): Promise<ImportImages> {
    const images = new ImportImages()
    for (const file of files) {
      const ref = await assetRef(file, file.name)
      if (ref === '') continue
      const entry = { ref, file }
      images.byPath.set(key(file.webkitRelativePath || file.name), entry)
      images.byName.set(key(file.name), entry)
    }
    return images
  }

  /** The placeholder for an image reference, recording it as used; the reference when unknown. */
  refFor(src: string, used: Map<string, File>): string {
    let path = src
    try {
      path = decodeURI(src)
    } catch {
      // A malformed escape: match it as written.
    }
    const entry =
      [...this.byPath.entries()].find(
        ([p]) => p.endsWith(`/${key(path)}`) || p === key(path),
      )?.[1] ?? this.byName.get(key(path.split('/').pop() ?? ''))
    if (!entry) return src
    used.set(entry.ref, entry.file)
    return entry.ref
  }

  /** A `data:` image (from a Word file or an HTML page) as a placeholder and its image. */
  static async fromDataUrl(dataUrl: string, name: string): Promise<ImportImage | null> {
    const file = dataUrlToFile(dataUrl, name)
    if (!file) return null
    const ref = await assetRef(file, file.name)
    if (ref === '') return null
    return { ref, fileName: file.name, mimeType: file.type, dataBase64: await fileBase64(file) }
  }

  /** The images a converted file uses, ready to cross to main. */
  static async payload(used: Map<string, File>): Promise<ImportImage[]> {
    const images: ImportImage[] = []
    for (const [ref, file] of used) {
      images.push({
        ref,
        fileName: file.name,
        mimeType: file.type,
        dataBase64: await fileBase64(file),
      })
    }
    return images
  }
}
