import { t } from '@shared/i18n/i18n'
import { lstatSync, readdirSync, type Dirent } from 'node:fs'
import { lstat, opendir, readdir, readFile, rename, stat } from 'node:fs/promises'
import { join } from 'node:path'
import type { ArticleFile } from '@shared/article/Article'
import type { RemovedUrls } from '@shared/safety/RemovedUrls'
import { AppError } from '../errors/AppError'
import { CorruptArticleError } from './CorruptArticleError'
import { ChangedOnDiskError } from './ChangedOnDiskError'
import { keepAsConflictCopy } from './keepAsConflictCopy'
import type { LibraryPaths } from './LibraryPaths'
import { isArticleId } from './isArticleId'
import { assertInsideLibrary } from './isInsideLibrary'
import { parseArticleFile } from './parseArticleFile'
import { serializeArticleFile } from './serializeArticleFile'
import { restoreSetAsideFiles } from './restoreSetAsideFiles'
import { swapFileAtomic } from './swapFileAtomic'
import { sweepTempFiles } from './sweepTempFiles'

/** What identifies one version of article.json on disk; the index compares it to spot changes. */
export interface FileStamp {
  mtimeMs: number
  size: number
}

/** A loaded article.json with the stamp of the file it came from. */
export interface LoadedArticle extends FileStamp {
  file: ArticleFile
  /** What loading took out of the file on disk (unsafe URLs); absent when nothing. */
  removed?: RemovedUrls
  /**
   * `JSON.stringify(file.doc)`, kept from the write that put the file there: the next save of a
   * long article compares its document with it instead of serialising this one again.
   */
  docJson?: string
}

/** Waits before reading a file that did not parse again: it may still be being written. */
/** How long to wait before reading an unparsable article.json again (a sync tool may be mid-write). */
export const CORRUPT_RETRY_DELAYS_MS: readonly number[] = [100, 300, 600]

/** Recently used articles kept parsed; autosave hits the same one again and again. */
const CACHE_SIZE = 16

/**
 * The entries of the articles folder, a batch at a time: tens of thousands read in one call
 * would hold the main side while their entries are built. None when the folder is missing.
 */
async function* articleFolders(dir: string): AsyncGenerator<Dirent> {
  let folder
  try {
    folder = await opendir(dir, { bufferSize: 512 })
  } catch (error) {
    if (isMissing(error)) return
    throw error
  }
  yield* folder
}

function isMissing(error: unknown): boolean {
  return typeof error === 'object' && error !== null && 'code' in error && error.code === 'ENOENT'
}

/**
 * Reads and writes `articles/<id>/article.json`. Reads are validated (CorruptArticleError when
 * the file cannot be used); writes are atomic and never replace a version they did not expect. Callers serialise writes per article.
 */
export class ArticleRepository {
  private readonly cache = new Map<string, LoadedArticle>()
  private readonly swept = new Set<string>()

  constructor(
    private readonly paths: LibraryPaths,
    /** False while the library is open read-only: nothing is swept then. */
    private readonly canWrite: () => boolean = () => true,
    private readonly corruptRetryDelaysMs: readonly number[] = CORRUPT_RETRY_DELAYS_MS,
  ) {}

  /**
   * Names in the articles folder shaped like an id. Not checked for being folders: that costs
   * a call per article, and one without an article.json inside is skipped by its caller anyway.
   * With `freshId`, folders copied by hand under a name that is not an id (`abc123 copy`) first
   * get an id of their own, so they show as articles of their own (only while the library lock
   * is held: nothing is renamed in a library open read-only).
   */
  async listIds(freshId?: () => string): Promise<string[]> {
    const ids: string[] = []
    const copied: string[] = []
    // A link among the article folders is never followed out of the library.
    for await (const entry of articleFolders(this.paths.articlesDir)) {
      if (entry.isSymbolicLink()) continue
      if (isArticleId(entry.name)) ids.push(entry.name)
      else if (entry.isDirectory() && !entry.name.startsWith('.')) copied.push(entry.name)
    }
    if (freshId && this.canWrite()) {
      for (const name of copied) {
        const from = join(this.paths.articlesDir, name)
        if (!(await stat(join(from, 'article.json')).catch(() => null))) continue
        const id = freshId()
        await rename(from, this.paths.articleDir(id)).then(
          () => ids.push(id),
          () => undefined,
        )
      }
    }
    return ids
  }

  /** Stamp of article.json, or null when the article has no file. */
  async stamp(id: string): Promise<FileStamp | null> {
    try {
      const s = await lstat(this.paths.articleFile(id))
      if (!s.isFile()) return null
      return { mtimeMs: s.mtimeMs, size: s.size }
    } catch (error) {
      if (isMissing(error)) return null
      throw error
    }
  }

  /**
   * Same as {@link stamp}, synchronously: checking thousands of files on open is several times
   * faster this way than through the thread pool.
   */
  stampSync(id: string): FileStamp | null {
    // lstat: an article.json that is a link is not an article file.
    const s = lstatSync(this.paths.articleFile(id), { throwIfNoEntry: false })
    return s?.isFile() ? { mtimeMs: s.mtimeMs, size: s.size } : null
  }

  /** Loads and validates an article; AppError('not_found') when it does not exist. */
  async read(id: string): Promise<LoadedArticle> {
    assertInsideLibrary(this.paths.root, this.paths.articleDir(id), 'articleFolder')
    await this.sweepOnce(id)
    const current = await this.stampWhenSaved(id)
    if (!current) throw new AppError('not_found', t('libraryMain.articleGone'))
    const cached = this.cache.get(id)
    if (cached && cached.mtimeMs === current.mtimeMs && cached.size === current.size) {
      this.remember(id, cached)
      return cached
    }
    const loaded = await this.readValid(id, current)
    this.remember(id, loaded)
    return loaded
  }

  /**
   * The stamp of article.json, waiting out a save in flight: while another process (or this
   * one) replaces the file, it is set aside for a moment (see swapFileAtomic) and the path is
   * empty. With an `.aside` file beside it, an absent article.json is looked for again, a
   * moment apart, before the article counts as gone.
   */
  private async stampWhenSaved(id: string): Promise<FileStamp | null> {
    for (let attempt = 0; ; attempt++) {
      const current = await this.stamp(id)
      const delay = this.corruptRetryDelaysMs[attempt]
      if (current || delay === undefined || !(await this.isBeingReplaced(id))) return current
      await new Promise((resolve) => setTimeout(resolve, delay))
    }
  }

  private async isBeingReplaced(id: string): Promise<boolean> {
    try {
      return (await readdir(this.paths.articleDir(id))).some(isSetAside)
    } catch {
      return false
    }
  }

  /**
   * Whether a save (of this process or another) has set article.json aside to replace it right
   * now: the article is there, its file comes back in a moment.
   */
  isBeingReplacedSync(id: string): boolean {
    try {
      return readdirSync(this.paths.articleDir(id)).some(isSetAside)
    } catch {
      return false
    }
  }

  /**
   * Reads and parses article.json. A file that does not parse may be caught half-written by a
   * sync tool or another program: it is read again a few times, a moment apart, before it is
   * reported as corrupt.
   */
  private async readValid(id: string, stamp: FileStamp): Promise<LoadedArticle> {
    let current = stamp
    for (let attempt = 0; ; attempt++) {
      let text: string
      try {
        text = await readFile(this.paths.articleFile(id), 'utf8')
      } catch (error) {
        // Set aside by a save between the stamp and the read: read the version it puts there.
        if (!isMissing(error)) throw error
        const next = await this.stampWhenSaved(id)
        if (!next || attempt >= this.corruptRetryDelaysMs.length) throw error
        current = next
        continue
      }
      try {
        const { file, removed } = parseArticleFile(text)
        return {
          file: ownId(file, id),
          mtimeMs: current.mtimeMs,
          size: current.size,
          ...(removed && { removed }),
        }
      } catch (error) {
        const delay = this.corruptRetryDelaysMs[attempt]
        if (!(error instanceof CorruptArticleError) || delay === undefined) throw error
      }
      await new Promise((resolve) => setTimeout(resolve, this.corruptRetryDelaysMs[attempt]))
      const next = await this.stamp(id)
      if (!next) throw new AppError('not_found', t('libraryMain.articleGone'))
      current = next
    }
  }

  /**
   * Writes article.json over the version `expected` stamps (null: no file), never over
   * another: ChangedOnDiskError when the file on disk is no longer that one. Another
   * program's version found only as the new file went in (its rename landed between the check
   * and the swap, see swapFileAtomic) is kept beside it as a conflicted copy, whose name
   * `otherVersion` gives. `docJson` is `JSON.stringify(file.doc)` when the caller has it.
   */
  async writeOver(
    id: string,
    file: ArticleFile,
    expected: FileStamp | null,
    docJson: string = JSON.stringify(file.doc),
  ): Promise<LoadedArticle & { otherVersion: string | null }> {
    assertInsideLibrary(this.paths.root, this.paths.articleDir(id), 'articleFolder')
    await this.sweepOnce(id)
    const { written, displaced } = await swapFileAtomic(
      this.paths.articleFile(id),
      serializeArticleFile(file, docJson),
      (now) =>
        now === null || expected === null
          ? now === expected
          : now.isFile() && now.mtimeMs === expected.mtimeMs && now.size === expected.size,
    )
    const otherVersion = displaced ? await keepAsConflictCopy(displaced) : null
    if (!written) throw new ChangedOnDiskError()
    const loaded = { file, mtimeMs: written.mtimeMs, size: written.size, docJson }
    this.remember(id, loaded)
    return { ...loaded, otherVersion }
  }

  /** Drops an article from the cache after its folder moved away. */
  forget(id: string): void {
    this.cache.delete(id)
    this.swept.delete(id)
  }

  private remember(id: string, loaded: LoadedArticle): void {
    this.cache.delete(id)
    this.cache.set(id, loaded)
    if (this.cache.size > CACHE_SIZE) {
      const oldest = this.cache.keys().next().value
      if (oldest !== undefined) this.cache.delete(oldest)
    }
  }

  /**
   * Settles what an earlier crash left in this article's folders, once per session: a version
   * of article.json set aside mid-save (see restoreSetAsideFiles), and temp files.
   */
  private async sweepOnce(id: string): Promise<void> {
    if (this.swept.has(id) || !this.canWrite()) return
    this.swept.add(id)
    await restoreSetAsideFiles(this.paths, id)
    await sweepTempFiles(this.paths.articleDir(id))
    await sweepTempFiles(this.paths.revisionsDir(id))
    await sweepTempFiles(this.paths.assetsDir(id))
  }
}

/**
 * The folder's name is the article's id. A folder copied by hand keeps the original's id
 * inside; it gets its own here (and on disk with its next save), so the list shows both and
 * each opens itself. The copy was never published itself: publishing it must make a post of
 * its own, not update the original's.
 */
function ownId(file: ArticleFile, id: string): ArticleFile {
  if (file.meta.id === id) return file
  return { ...file, meta: { ...file.meta, id }, publications: {} }
}

/** A file name swapFileAtomic gives article.json while it puts the new version in place. */
function isSetAside(name: string): boolean {
  return name.startsWith('.') && name.endsWith('.aside')
}
