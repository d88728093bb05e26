import { t } from '@shared/i18n/i18n'
import { mkdir, readdir, readFile, stat } from 'node:fs/promises'
import { dirname, join } from 'node:path'
import { zipSync } from 'fflate'
import type { ExportArticle, ExportLibrary, ExportResult } from '@shared/ipc/channels/transfer'
import type { ImportedArticle, ImportSummary } from '@shared/transfer/ImportedArticle'
import { AppError } from '../errors/AppError'
import { writeFileAtomic } from '../library/atomicWrite'
import { ioError } from '../library/ioError'
import type { LibraryService } from '../library/LibraryService'
import { addArticleEntries, type ExportEntries } from './exportEntries'
import { importArticles } from './importArticles'
import { articleToDocx } from './word/articleToDocx'
import { downloadRemoteImage } from '../images/downloadRemoteImage'

/** What the transfer service needs from the rest of the app. */
export interface TransferDeps {
  library: () => LibraryService
  /** Asks where to save (a save dialog in the app); null when the person cancels. */
  chooseSavePath?: (suggestedName: string) => Promise<string | null>
  now?: () => Date
  /** Downloads featured images of imported posts: the guarded fetch in the app. */
  fetch: typeof fetch
}

/**
 * Files in and out of the library: converted files become new articles; articles leave as
 * Markdown or HTML files with their images, one at a time, as a folder, or as a zip.
 */
export class TransferService {
  constructor(private readonly deps: TransferDeps) {}

  /** Adds converted files as new drafts; see importArticles. */
  importArticles(articles: ImportedArticle[], by: string): Promise<ImportSummary> {
    return importArticles(this.deps.library(), articles, by, (url) => this.fetchImage(url))
  }

  /**
   * One article as `<slug>.md` or `<slug>.html` with its images in `images/` beside it, or as
   * `<slug>.docx` with the images and the review comments inside.
   */
  async exportArticle({ id, format }: ExportArticle): Promise<ExportResult> {
    if (format === 'docx') return this.exportDocx(id)
    const entries: ExportEntries = new Map()
    const name = await addArticleEntries(entries, this.deps.library(), id, format)
    const path = await this.choose(name)
    if (path === null) return null
    const folder = dirname(path)
    const main = entries.get(name)
    entries.delete(name)
    await this.writeFolder(folder, entries)
    if (main) await this.write(path, main)
    return { path, articles: 1 }
  }

  /** Articles (all of them without `ids`) as Markdown files with an `images/` folder. */
  async exportLibrary({ ids, format }: ExportLibrary): Promise<ExportResult> {
    const library = this.deps.library()
    const chosen = ids ?? allIds(library)
    if (chosen.length === 0) throw new AppError('refused', t('transferMain.nothingToExport'))
    const day = (this.deps.now?.() ?? new Date()).toISOString().slice(0, 10)
    const name = t('transferMain.exportName', { day })
    const path = await this.choose(`${name}${format === 'zip' ? '.zip' : ''}`)
    if (path === null) return null
    const entries: ExportEntries = new Map()
    for (const id of chosen) await addArticleEntries(entries, library, id, 'markdown')
    if (format === 'zip') await this.write(path, zipSync(Object.fromEntries(entries)))
    else {
      await assertEmptyFolder(path)
      await this.writeFolder(path, entries)
    }
    return { path, articles: chosen.length }
  }

  private async exportDocx(id: string): Promise<ExportResult> {
    const library = this.deps.library()
    const article = await library.get(id)
    const bytes = await articleToDocx({
      meta: article.meta,
      doc: article.doc,
      comments: article.comments ?? [],
      readAsset: async (name) => {
        const file = library.assetFile(id, name)
        return file === null ? null : new Uint8Array(await readFile(file))
      },
    })
    const path = await this.choose(`${article.meta.slug || article.meta.id}.docx`)
    if (path === null) return null
    await this.write(path, bytes)
    return { path, articles: 1 }
  }

  /** A web image, downloaded under the same rules as a pasted one. */
  private async fetchImage(url: string): Promise<Uint8Array> {
    return (await downloadRemoteImage(url, this.deps.fetch)).bytes
  }

  private async choose(suggestedName: string): Promise<string | null> {
    if (!this.deps.chooseSavePath) {
      throw new AppError('refused', t('transferMain.noExport'))
    }
    return this.deps.chooseSavePath(suggestedName)
  }

  private async writeFolder(folder: string, entries: ExportEntries): Promise<void> {
    for (const [relative, bytes] of entries) {
      await this.write(join(folder, relative), bytes)
    }
  }

  private async write(path: string, bytes: Uint8Array): Promise<void> {
    try {
      await mkdir(dirname(path), { recursive: true })
      await writeFileAtomic(path, bytes)
    } catch (error) {
      throw ioError('writeExport', error)
    }
  }
}

/** Every article id of the library, newest first. */
function allIds(library: LibraryService): string[] {
  const ids: string[] = []
  for (let offset = 0; ; offset += 1000) {
    const page = library.list({ offset, limit: 1000 })
    ids.push(...page.items.map((item) => item.id))
    if (page.items.length === 0 || ids.length >= page.total) return ids
  }
}

/** An export folder is new or empty: an export never mixes with, or overwrites, other files. */
async function assertEmptyFolder(path: string): Promise<void> {
  const info = await stat(path).catch(() => null)
  if (info === null) return
  const empty = info.isDirectory() && (await readdir(path)).length === 0
  if (!empty) {
    throw new AppError('refused', t('transferMain.nameTaken'))
  }
}
