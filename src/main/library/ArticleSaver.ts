import { t } from '@shared/i18n/i18n'
import { docText } from '@shared/article/docText'
import type { DiskCheck, SaveInput, SaveResult } from '@shared/ipc/contract'
import { removedUrlsMessage } from '@shared/safety/RemovedUrls'
import { applySavePatch } from './applySavePatch'
import type { LoadedArticle } from './ArticleRepository'
import { ChangedOnDiskError } from './ChangedOnDiskError'
import { importConflictCopies } from './importConflictCopies'
import { ioError } from './ioError'
import type { LibraryContext } from './LibraryContext'
import { summarizeArticle } from './summarizeArticle'

/** Tries of one save when another program keeps writing the same file meanwhile. */
const SAVE_ATTEMPTS = 5

/**
 * Saves from the editor, and what they must not overwrite: a version another program (a sync
 * tool, another computer) wrote meanwhile is kept as a revision before the save lands.
 */
export class ArticleSaver {
  constructor(private readonly ctx: LibraryContext) {}

  /**
   * Whether an open article's file changed on disk since this instance wrote it or handed it
   * out (the editor reloads when it has nothing unsaved), after taking in the conflicted
   * copies a sync tool may have left beside it.
   */
  async checkDisk(id: string): Promise<DiskCheck> {
    const { articles, catalog, repository, revisions, paths, access } = this.ctx
    articles.checkId(id)
    return this.ctx.mutex.run(id, async () => {
      const notices =
        access.readOnly === null
          ? await importConflictCopies(paths, id, revisions, this.ctx.now())
          : []
      const onDisk = repository.stampSync(id)
      const listed = catalog.get(id)
      if (onDisk && listed && (listed.mtimeMs !== onDisk.mtimeMs || listed.size !== onDisk.size)) {
        catalog.record(await articles.load(id))
      }
      return { changedOnDisk: articles.changedElsewhere(id, onDisk), notices }
    })
  }

  /** Saves a change; `by` is the person's name, recorded with a status change. */
  async save(input: SaveInput, by: string): Promise<SaveResult> {
    this.ctx.access.check()
    return this.ctx.mutex.run(input.id, async () => {
      for (let attempt = 1; ; attempt++) {
        try {
          return await this.saveOnce(input, by)
        } catch (error) {
          // Another program wrote the file during this save: apply the change to its version.
          if (!(error instanceof ChangedOnDiskError) || attempt >= SAVE_ATTEMPTS) {
            throw ioError('saveArticle', error)
          }
        }
      }
    })
  }

  private async saveOnce(input: SaveInput, by: string): Promise<SaveResult> {
    const { articles, catalog, revisions, revisionIntervalMs } = this.ctx
    const current = await articles.load(input.id)
    const now = this.ctx.now()
    const patched = applySavePatch(current.file, input, by, now, current.docJson)
    const { file, changed, statusChange, docJson } = patched
    let summary = catalog.get(input.id)?.summary
    // Both sides changed: the other version is kept as a revision before this save lands.
    const conflict = changed && articles.changedElsewhere(input.id, current)
    if (conflict) await this.keepOtherVersion(current, now)
    let otherVersion = false
    if (changed || !summary) {
      const stored = await articles.storeOver(file, 'saveArticle', current, docJson)
      summary = stored.summary
      otherVersion = await this.takeInOtherVersion(input.id, stored.otherVersion, now)
      articles.bumpVersion(input.id)
      const reason = statusChange ? 'status' : 'auto'
      // The save itself is on disk; a missed snapshot must not report it as failed.
      await revisions
        .addIfDue(file, reason, summary.wordCount, now, revisionIntervalMs, docJson)
        .catch(() => undefined)
    }
    const version = articles.version(input.id)
    const { meta, history } = file
    const result: SaveResult = { meta, summary, version, savedAt: meta.updatedAt, history }
    const notice = [
      conflict || otherVersion ? t('libraryMain.changedElsewhere') : null,
      removedUrlsMessage(input.removedUrls),
    ]
      .filter((line) => line !== null)
      .join(' ')
    return notice ? { ...result, notice } : result
  }

  /**
   * Takes in, as an “Other version” revision, the version another program put in place just as
   * this save went in (kept as the conflicted copy `name`). True once it is a revision; a copy
   * that cannot be read yet (still being written) is taken in by the next disk check instead.
   */
  private async takeInOtherVersion(id: string, name: string | null, now: Date): Promise<boolean> {
    if (name === null) return false
    const { paths, revisions } = this.ctx
    const taken = await importConflictCopies(paths, id, revisions, now, name).catch(() => [])
    return taken.length > 0
  }

  /** Snapshots the version another program wrote; the save waits for it, so it is never lost. */
  private async keepOtherVersion(other: LoadedArticle, now: Date): Promise<void> {
    const words = summarizeArticle(other.file, docText(other.file.doc)).wordCount
    try {
      await this.ctx.revisions.add(other.file, 'conflict', words, now)
    } catch (error) {
      throw ioError('keepOtherVersion', error)
    }
  }
}
