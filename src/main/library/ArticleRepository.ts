import { statSync } from 'node:fs'
import { readdir, readFile, stat } from 'node:fs/promises'
import type { ArticleFile } from '../../shared/article/Article'
import { AppError } from '../errors/AppError'
import { writeFileAtomic } from './atomicWrite'
import type { LibraryPaths } from './LibraryPaths'
import { isArticleId } from './isArticleId'
import { parseArticleFile } from './parseArticleFile'
import { serializeArticleFile } from './serializeArticleFile'
import { sweepTempFiles } from './sweepTempFiles'

/** What identifies one version of article.json on disk; the index compares it to spot changes. */
export interface FileStamp {
  mtimeMs: number
  size: number
}

/** A loaded article.json with the stamp of the file it came from. */
export interface LoadedArticle extends FileStamp {
  file: ArticleFile
}

/** Recently used articles kept parsed; autosave hits the same one again and again. */
const CACHE_SIZE = 16

function isMissing(error: unknown): boolean {
  return typeof error === 'object' && error !== null && 'code' in error && error.code === 'ENOENT'
}

/**
 * Reads and writes `articles/<id>/article.json`. Reads are validated (CorruptArticleError when
 * the file cannot be used); writes are atomic. Callers serialise writes per article.
 */
export class ArticleRepository {
  private readonly cache = new Map<string, LoadedArticle>()
  private readonly swept = new Set<string>()

  constructor(
    private readonly paths: LibraryPaths,
    /** False while the library is open read-only: nothing is swept then. */
    private readonly canWrite: () => boolean = () => true,
  ) {}

  /**
   * Names in the articles folder shaped like an id. Not checked for being folders: that costs
   * a call per article, and one without an article.json inside is skipped by its caller anyway.
   */
  async listIds(): Promise<string[]> {
    try {
      return (await readdir(this.paths.articlesDir)).filter(isArticleId)
    } catch (error) {
      if (isMissing(error)) return []
      throw error
    }
  }

  /** Stamp of article.json, or null when the article has no file. */
  async stamp(id: string): Promise<FileStamp | null> {
    try {
      const s = await stat(this.paths.articleFile(id))
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
    const s = statSync(this.paths.articleFile(id), { throwIfNoEntry: false })
    return s ? { mtimeMs: s.mtimeMs, size: s.size } : null
  }

  /** Loads and validates an article; AppError('not_found') when it does not exist. */
  async read(id: string): Promise<LoadedArticle> {
    await this.sweepOnce(id)
    const current = await this.stamp(id)
    if (!current) throw new AppError('not_found', 'That article no longer exists.')
    const cached = this.cache.get(id)
    if (cached && cached.mtimeMs === current.mtimeMs && cached.size === current.size) {
      this.remember(id, cached)
      return cached
    }
    const text = await readFile(this.paths.articleFile(id), 'utf8')
    const loaded = { file: parseArticleFile(text), mtimeMs: current.mtimeMs, size: current.size }
    this.remember(id, loaded)
    return loaded
  }

  /** Writes article.json atomically and returns the stamp of the new file. */
  async write(id: string, file: ArticleFile): Promise<FileStamp> {
    await this.sweepOnce(id)
    const path = this.paths.articleFile(id)
    await writeFileAtomic(path, serializeArticleFile(file))
    const s = await stat(path)
    const loaded = { file, mtimeMs: s.mtimeMs, size: s.size }
    this.remember(id, loaded)
    return loaded
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

  /** Clears temp files an earlier crash left in this article's folders, once per session. */
  private async sweepOnce(id: string): Promise<void> {
    if (this.swept.has(id) || !this.canWrite()) return
    this.swept.add(id)
    await sweepTempFiles(this.paths.articleDir(id))
    await sweepTempFiles(this.paths.revisionsDir(id))
    await sweepTempFiles(this.paths.assetsDir(id))
  }
}
