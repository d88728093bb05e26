import { t } from '@shared/i18n/i18n'
import { mkdir } from 'node:fs/promises'
import {
  ArticleIdSchema,
  type Article,
  type ArticleFile,
  type ArticleSummary,
} from '@shared/article/Article'
import { AppError } from '../errors/AppError'
import type { ArticleRepository, FileStamp, LoadedArticle } from './ArticleRepository'
import { ChangedOnDiskError } from './ChangedOnDiskError'
import { CorruptArticleError } from './CorruptArticleError'
import { importConflictCopies } from './importConflictCopies'
import { couldNot, ioError, type FileAction } from './ioError'
import type { LibraryCatalog } from './LibraryCatalog'
import type { LibraryPaths } from './LibraryPaths'
import { newArticleId } from './newArticleId'
import type { Quarantine } from './Quarantine'
import type { RevisionStore } from './RevisionStore'

/** Tries of one change when another program keeps writing the same file meanwhile. */
const UPDATE_ATTEMPTS = 5

/**
 * What a change met of another program's version: `reapplied` when it was made again on a
 * version that program put in place first, `kept` when one landed just as it was written and
 * is kept as an “Other version” revision, null when nothing else wrote the file.
 */
export type OtherVersion = 'reapplied' | 'kept' | null

export interface ArticleStoreDeps {
  paths: LibraryPaths
  now: () => Date
  repository: ArticleRepository
  quarantine: Quarantine
  catalog: LibraryCatalog
  revisions: RevisionStore
}

/**
 * Articles as the service reads and writes them: a load that quarantines a file it cannot
 * use, writes that keep the list and search in step and never replace another program's version, and a save counter per article.
 * Callers hold the article's lock around writes.
 */
export class ArticleStore {
  /** Saves per article in this session: lets the renderer tell its own saves from older ones. */
  private readonly versions = new Map<string, number>()
  /**
   * The file each article's editor is based on: what this instance last wrote or handed out.
   * A different file on disk was put there by something else (a sync tool, another program).
   */
  private readonly bases = new Map<string, FileStamp>()

  constructor(private readonly deps: ArticleStoreDeps) {}

  /** Loads an article, moving it to quarantine (and out of the list) when it cannot be used. */
  async load(id: string): Promise<LoadedArticle> {
    this.checkId(id)
    try {
      return await this.deps.repository.read(id)
    } catch (error) {
      if (!(error instanceof CorruptArticleError)) throw ioError('openArticle', error)
      await this.deps.quarantine.add(id, error.message, this.deps.now()).catch(() => undefined)
      this.forget(id)
      throw new AppError('io', t('libraryMain.movedToQuarantine', { reason: error.message }))
    }
  }

  /**
   * Changes an article's file (comments, a restored revision, a publication record) without
   * ever writing over a version another program (a sync tool, another computer) put there
   * meanwhile: `change` is applied to the file on disk and written over exactly that file; when
   * another version landed in between, `change` runs again on that one. A version found only as
   * the write went in is kept as an “Other version” revision. `change` returns null when there
   * is nothing to write. `otherVersion` says which of these met another program's version, so
   * the person can be told. Callers hold the article's lock.
   */
  async update(
    id: string,
    action: FileAction,
    change: (current: LoadedArticle) => Promise<ArticleFile | null> | ArticleFile | null,
  ): Promise<{ file: ArticleFile; summary: ArticleSummary | null; otherVersion: OtherVersion }> {
    for (let attempt = 1; ; attempt++) {
      const current = await this.load(id)
      const file = await change(current)
      if (file === null) return { file: current.file, summary: null, otherVersion: null }
      // An editor behind the file on disk keeps its base, so its next save still sees the change.
      const behind = this.changedElsewhere(id, current)
      const base = behind ? this.bases.get(id) : undefined
      try {
        // A change that leaves the document as it was (comments, a publication) reuses its JSON.
        const docJson = file.doc === current.file.doc ? current.docJson : undefined
        const { summary, otherVersion } = await this.storeOver(file, action, current, docJson)
        if (base) this.bases.set(id, base)
        if (otherVersion !== null) {
          await this.takeIn(id, otherVersion)
          return { file, summary, otherVersion: 'kept' }
        }
        return { file, summary, otherVersion: behind || attempt > 1 ? 'reapplied' : null }
      } catch (error) {
        if (!(error instanceof ChangedOnDiskError)) throw error
        if (attempt >= UPDATE_ATTEMPTS) {
          throw new AppError('io', couldNot(action, t('libraryMain.io.reasons.keptChanging')))
        }
      }
    }
  }

  /**
   * Takes in, as an “Other version” revision, the conflicted copy `name` kept of a version
   * another program put in place just as a write went in. One that cannot be read yet (still
   * being written) stays for the next disk check, which takes it in then.
   */
  private async takeIn(id: string, name: string): Promise<void> {
    const { paths, revisions, now } = this.deps
    await importConflictCopies(paths, id, revisions, now(), name).catch(() => [])
  }

  /**
   * Writes article.json over the file the change was made to (`expected`) and brings the
   * list and search up to date: ChangedOnDiskError
   * instead of replacing another version. `otherVersion` names the conflicted copy kept of
   * another program's version that landed just as this one went in (see
   * ArticleRepository.writeOver). `docJson` is `JSON.stringify(file.doc)` when the caller has it.
   */
  async storeOver(
    file: ArticleFile,
    action: FileAction,
    expected: FileStamp,
    docJson?: string,
  ): Promise<{ summary: ArticleSummary; otherVersion: string | null }> {
    try {
      const written = await this.deps.repository.writeOver(file.meta.id, file, expected, docJson)
      return { summary: this.stored(written), otherVersion: written.otherVersion }
    } catch (error) {
      if (error instanceof ChangedOnDiskError) throw error
      throw ioError(action, error)
    }
  }

  private stored(loaded: LoadedArticle): ArticleSummary {
    const { file, mtimeMs, size, docJson } = loaded
    this.bases.set(file.meta.id, { mtimeMs, size })
    return this.deps.catalog.record({ file, mtimeMs, size, docJson }).summary
  }

  /**
   * Creates the folder of a new article, runs `before` (e.g. copying images), then writes its
   * file where there is none (never over one that appeared meanwhile).
   */
  async storeNew(
    file: ArticleFile,
    action: FileAction,
    before?: () => Promise<void>,
  ): Promise<void> {
    try {
      await mkdir(this.deps.paths.articleDir(file.meta.id), { recursive: true })
      await before?.()
      this.stored(await this.deps.repository.writeOver(file.meta.id, file, null))
    } catch (error) {
      throw ioError(action, error)
    }
  }

  /** Remembers the file an editor was given. */
  handedOut(id: string, stamp: FileStamp): void {
    this.bases.set(id, { mtimeMs: stamp.mtimeMs, size: stamp.size })
  }

  /** True when the file on disk is not the one this instance last wrote or handed out. */
  changedElsewhere(id: string, onDisk: FileStamp | null): boolean {
    const base = this.bases.get(id)
    if (!base || !onDisk) return false
    return base.mtimeMs !== onDisk.mtimeMs || base.size !== onDisk.size
  }

  /** Counts one more save of an article. */
  bumpVersion(id: string): number {
    const next = this.version(id) + 1
    this.versions.set(id, next)
    return next
  }

  version(id: string): number {
    return this.versions.get(id) ?? 0
  }

  toArticle(file: ArticleFile): Article {
    const { meta, doc, history, comments, publications, approval, team } = file
    const version = this.version(meta.id)
    const article = { meta, doc, history, comments, publications, approval, version }
    return team ? { ...article, team } : article
  }

  /** An id no article (in the list or on disk) uses. */
  freshId(): string {
    let id = newArticleId()
    while (this.deps.catalog.get(id) || this.deps.repository.stampSync(id)) id = newArticleId()
    return id
  }

  /** Drops everything held about an article that left the library. */
  forget(id: string): void {
    this.deps.repository.forget(id)
    this.deps.revisions.forget(id)
    this.versions.delete(id)
    this.bases.delete(id)
    this.deps.catalog.drop(id)
  }

  /** Ids come from outside; anything not shaped like one never reaches a path. */
  checkId(id: string): void {
    if (!ArticleIdSchema.safeParse(id).success) {
      throw new AppError('not_found', t('libraryMain.articleMissing'))
    }
  }
}
