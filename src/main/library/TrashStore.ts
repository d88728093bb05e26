import { t } from '@shared/i18n/i18n'
import { mkdir, readdir, readFile, rename, rm, stat, unlink } from 'node:fs/promises'
import { join } from 'node:path'
import { z } from 'zod'
import { ArticleIdSchema } from '@shared/article/Article'
import type { TrashEntry } from '@shared/ipc/contract'
import { AppError } from '../errors/AppError'
import { writeFileAtomic } from './atomicWrite'
import type { LibraryPaths } from './LibraryPaths'
import { sweepTempFiles } from './sweepTempFiles'

const TrashInfoSchema = z.object({ title: z.string(), deletedAt: z.string() })

async function exists(path: string): Promise<boolean> {
  return stat(path).then(
    () => true,
    () => false,
  )
}

/**
 * Deleted articles: each whole folder moved to `trash/<id>/` with a small `trash.json`
 * (title, deletedAt), so it can be listed and put back. Callers serialise calls per article.
 */
export class TrashStore {
  constructor(
    private readonly paths: LibraryPaths,
    /** False while the library is open read-only: leftovers are then left alone. */
    private readonly canWrite: () => boolean = () => true,
  ) {}

  /**
   * Moves an article's folder to the trash. trash.json is written into the folder before the
   * move, so the move itself (a rename, which needs no free space) is the one step that
   * decides: on a full disk the folder still moves and is listed from its own article.json.
   */
  async moveIn(id: string, title: string, at: Date): Promise<void> {
    const target = this.paths.trashEntryDir(id)
    await mkdir(this.paths.trashDir, { recursive: true })
    // Ids are never reused, so an old entry under the same id can only be a leftover.
    await rm(target, { recursive: true, force: true })
    const info = { title, deletedAt: at.toISOString() }
    const infoInFolder = join(this.paths.articleDir(id), 'trash.json')
    await writeFileAtomic(infoInFolder, JSON.stringify(info)).catch(() => undefined)
    try {
      await rename(this.paths.articleDir(id), target)
    } catch (error) {
      await unlink(infoInFolder).catch(() => undefined)
      throw error
    }
  }

  /** Everything in the trash, most recently deleted first. */
  async list(): Promise<TrashEntry[]> {
    const entries: TrashEntry[] = []
    for (const id of await this.ids()) {
      if (!(await exists(join(this.paths.trashEntryDir(id), 'article.json')))) {
        // Emptying the trash was cut short here: nothing left to restore.
        if (this.canWrite())
          await rm(this.paths.trashEntryDir(id), { recursive: true, force: true })
        continue
      }
      if (this.canWrite()) await sweepTempFiles(this.paths.trashEntryDir(id))
      entries.push(await this.describe(id))
    }
    return entries.sort((a, b) =>
      a.deletedAt < b.deletedAt ? 1 : a.deletedAt > b.deletedAt ? -1 : 0,
    )
  }

  /** Moves an article back into the library. */
  async moveOut(id: string): Promise<void> {
    const from = this.paths.trashEntryDir(id)
    if (!(await exists(join(from, 'article.json'))))
      throw new AppError('not_found', t('libraryMain.trash.gone'))
    if (await exists(this.paths.articleDir(id))) {
      throw new AppError('conflict', t('libraryMain.trash.sameId'))
    }
    await unlink(this.paths.trashInfoFile(id)).catch(() => undefined)
    await rename(from, this.paths.articleDir(id))
  }

  /** Deletes everything in the trash for good; returns how many articles went. */
  async empty(): Promise<number> {
    let removed = 0
    for (const id of await this.ids()) {
      await rm(this.paths.trashEntryDir(id), { recursive: true, force: true })
      removed++
    }
    return removed
  }

  private async ids(): Promise<string[]> {
    try {
      const entries = await readdir(this.paths.trashDir, { withFileTypes: true })
      return entries
        .filter((e) => e.isDirectory() && ArticleIdSchema.safeParse(e.name).success)
        .map((e) => e.name)
    } catch {
      return []
    }
  }

  /** Reads trash.json; when a crash lost it, falls back to the article's title and folder time. */
  private async describe(id: string): Promise<TrashEntry> {
    try {
      const info = TrashInfoSchema.parse(
        JSON.parse(await readFile(this.paths.trashInfoFile(id), 'utf8')),
      )
      return { id, ...info }
    } catch {
      const folder = await stat(this.paths.trashEntryDir(id))
      let title = ''
      try {
        const raw: unknown = JSON.parse(
          await readFile(join(this.paths.trashEntryDir(id), 'article.json'), 'utf8'),
        )
        const parsed = z.object({ meta: z.object({ title: z.string() }) }).safeParse(raw)
        if (parsed.success) title = parsed.data.meta.title
      } catch {
        // No readable title: the entry is still listed so it can be restored or emptied.
      }
      return { id, title, deletedAt: folder.mtime.toISOString() }
    }
  }
}
