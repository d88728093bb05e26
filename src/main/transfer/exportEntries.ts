import { readFile } from 'node:fs/promises'
import { ASSET_SRC_PREFIX } from '@shared/article/assetSrc'
import { isWebUrl } from '@shared/safety/urlPolicy'
import { articleToHtmlFile } from '@shared/transfer/articleToHtmlFile'
import { articleToMarkdownFile } from '@shared/transfer/articleToMarkdownFile'
import type { LibraryService } from '../library/LibraryService'

/** Files of an export by relative path (`our-news.md`, `images/<sha256>.png`). */
export type ExportEntries = Map<string, Uint8Array>

/** Folder inside an export where images go; content-addressed names never collide. */
export const IMAGES_FOLDER = 'images'

const encoder = new TextEncoder()

/** `name.ext`, or `name-2.ext`, … when that is taken already. */
function uniqueName(entries: ExportEntries, base: string, ext: string): string {
  let name = `${base}.${ext}`
  for (let n = 2; entries.has(name); n++) name = `${base}-${n}.${ext}`
  return name
}

/**
 * Adds one article to an export as a Markdown or HTML file named after its slug, with its
 * library images under `images/`; web images stay links. Returns the file's path.
 */
export async function addArticleEntries(
  entries: ExportEntries,
  library: LibraryService,
  id: string,
  format: 'markdown' | 'html',
): Promise<string> {
  const { meta, doc } = await library.get(id)
  const wanted = new Map<string, string>()
  const imageUrl = (src: string): string | null => {
    // Not a guard here: a string that is not a web address is still a string.
    if (isWebUrl(src as unknown)) return src
    if (!src.startsWith(ASSET_SRC_PREFIX)) return null
    const name = src.slice(ASSET_SRC_PREFIX.length)
    const file = library.assetFile(id, name)
    if (file === null) return null
    wanted.set(`${IMAGES_FOLDER}/${name}`, file)
    return `${IMAGES_FOLDER}/${name}`
  }
  const text =
    format === 'markdown'
      ? articleToMarkdownFile(meta, doc, imageUrl)
      : articleToHtmlFile(meta, doc, imageUrl)
  const name = uniqueName(entries, meta.slug || meta.id, format === 'markdown' ? 'md' : 'html')
  entries.set(name, encoder.encode(text))
  for (const [path, file] of wanted) {
    if (!entries.has(path)) entries.set(path, new Uint8Array(await readFile(file)))
  }
  return name
}
