import { mkdir } from 'node:fs/promises'
import type { Article, ArticleFile, ArticleSummary } from '@shared/article/Article'
import { applyCommentAction, type CommentRefusal } from '@shared/article/applyCommentAction'
import type { Comment } from '@shared/article/Comment'
import type { CommentAction } from '@shared/article/CommentAction'
import type { PublicationRecord } from '@shared/publish/PublicationRecord'
import type {
  AssetRef,
  DiskCheck,
  Facets,
  IpcErrorCode,
  LibraryInfo,
  ListQuery,
  ListResult,
  Revision,
  RevisionInfo,
  SaveInput,
  SaveResult,
  TrashEntry,
} from '@shared/ipc/contract'
import { AppError } from '../errors/AppError'
import { applySavePatch } from './applySavePatch'
import { docText } from '@shared/article/docText'
import { ArticleRepository, type LoadedArticle } from './ArticleRepository'
import { ArticleStore } from './ArticleStore'
import { ChangedOnDiskError } from './ChangedOnDiskError'
import { DiskFollower } from './DiskFollower'
import { AssetStore } from './AssetStore'
import { duplicateArticleFile } from './duplicateArticleFile'
import { importConflictCopies } from './importConflictCopies'
import { ioError } from './ioError'
import { KeyedMutex } from './KeyedMutex'
import { LibraryAccess } from './LibraryAccess'
import { LibraryCatalog } from './LibraryCatalog'
import type { LibraryLockOptions } from './LibraryLock'
import { LibraryPaths } from './LibraryPaths'
import { newArticleFile } from './newArticleFile'
import { newArticleId } from './newArticleId'
import { Quarantine } from './Quarantine'
import { RevisionStore } from './RevisionStore'
import { SessionMarker } from './SessionMarker'
import { summarizeArticle } from './summarizeArticle'
import { sweepInterruptedCreates } from './sweepInterruptedCreates'
import { sweepTempFiles } from './sweepTempFiles'
import { TrashStore } from './TrashStore'

export interface LibraryServiceOptions {
  /** The library folder; created when missing. */
  root: string
  now?: () => Date
  /** Least time between two automatic revisions of one article (default 5 minutes). */
  revisionIntervalMs?: number
  /** Most revisions kept per article; the oldest automatic ones go first (default 200). */
  maxRevisions?: number
  /** How long index.json may lag behind a change (default 1 s); close() writes it at once. */
  indexWriteDelayMs?: number
  /** Overrides the library lock's timing (tests). */
  lock?: Pick<LibraryLockOptions, 'heartbeatMs' | 'staleMs'>
}

/** Tries of one save when another program keeps writing the same file meanwhile. */
const SAVE_ATTEMPTS = 5

const CONFLICT_NOTICE =
  'This article was also changed on disk by another program (a sync tool, another computer) while you were editing. Your version is saved; the other one is kept in Revisions as “Other version”.'

const COMMENT_REFUSALS: Record<CommentRefusal, [IpcErrorCode, string]> = {
  not_found: ['not_found', 'That comment no longer exists. It may have been deleted.'],
  duplicate: ['conflict', 'That comment was already saved.'],
  not_yours: ['forbidden', 'Only the person who wrote a comment can delete it.'],
}

/** Everything the service is made of, built once by {@link LibraryService.open}. */
interface Parts {
  paths: LibraryPaths
  now: () => Date
  revisionIntervalMs: number
  repository: ArticleRepository
  quarantine: Quarantine
  revisions: RevisionStore
  catalog: LibraryCatalog
  marker: SessionMarker | null
  access: LibraryAccess
}

/**
 * The article library on disk (see DESIGN.md, "Data on disk"): lists, full-text search,
 * saves, revisions, trash, images and quarantine. Every write is atomic and writes to one
 * article are serialised, so a crash at any instant leaves the last acknowledged save intact.
 */
export class LibraryService {
  private readonly mutex = new KeyedMutex()
  private readonly assets: AssetStore
  private readonly trash: TrashStore
  private readonly catalog: LibraryCatalog
  private readonly articles: ArticleStore
  private follower: DiskFollower | null = null

  private constructor(private readonly parts: Parts) {
    this.assets = new AssetStore(parts.paths)
    this.trash = new TrashStore(parts.paths, () => parts.access.readOnly === null)
    this.catalog = parts.catalog
    this.articles = new ArticleStore(parts)
  }

  /**
   * Opens (creating if needed) the library at `opts.root`: loads index.json, checks it against
   * the article folders and repairs it, moves unusable article files to quarantine, and starts
   * loading the full-text index in the background.
   */
  static async open(opts: LibraryServiceOptions): Promise<LibraryService> {
    const paths = new LibraryPaths(opts.root)
    const now = opts.now ?? (() => new Date())
    const access = await LibraryAccess.claim(paths, opts.lock)
    const writable = access.readOnly === null
    if (writable) {
      try {
        for (const dir of [paths.articlesDir, paths.trashDir, paths.quarantineDir]) {
          await mkdir(dir, { recursive: true })
        }
        await sweepTempFiles(paths.root)
        await sweepTempFiles(paths.quarantineDir)
      } catch (error) {
        await access.release()
        throw ioError('open the library folder', error)
      }
    }
    const canWrite = (): boolean => access.readOnly === null
    const repository = new ArticleRepository(paths, canWrite)
    if (writable) await repository.adoptCopiedFolders(newArticleId).catch(() => 0)
    const quarantine = await Quarantine.open(paths, canWrite)
    const session = writable ? await SessionMarker.begin(paths.sessionFile) : null
    const catalog = await LibraryCatalog.open({
      paths,
      repository,
      trustIndex: session?.previousClosedCleanly ?? false,
      indexWriteDelayMs: opts.indexWriteDelayMs ?? 1000,
      canWrite,
      onCorrupt: async (id, error) => {
        await quarantine.add(id, error.message, now())
      },
      onUnreadable: async (id, error) => {
        await quarantine.report(id, ioError('read this article', error).message, now())
      },
    })
    const marker = session?.marker ?? null
    try {
      await marker?.written
    } catch (error) {
      await catalog.close()
      await access.release()
      throw ioError('open the library folder', error)
    }
    const service = new LibraryService({
      paths,
      now,
      repository,
      quarantine,
      catalog,
      marker,
      access,
      revisions: new RevisionStore(paths, opts.maxRevisions ?? 200),
      revisionIntervalMs: opts.revisionIntervalMs ?? 5 * 60_000,
    })
    catalog.verifyInBackground((id) => service.refresh(id))
    if (writable) {
      void sweepInterruptedCreates(paths, repository, (id) => !!catalog.get(id)).catch(() => 0)
    }
    service.follower = new DiskFollower({
      articlesDir: paths.articlesDir,
      mutex: service.mutex,
      repository,
      articles: service.articles,
      catalog,
      quarantine,
    })
    return service
  }

  info(): LibraryInfo {
    const { paths, quarantine, access } = this.parts
    return {
      path: paths.root,
      articleCount: this.catalog.size,
      quarantine: quarantine.list(),
      readOnly: access.readOnly,
      unavailable: null,
      warnings: [],
    }
  }

  /** Why the library is open read-only (another Copydesk has it, a read-only disk), or null. */
  get readOnly(): string | null {
    return this.parts.access.readOnly
  }

  async dismissQuarantine(): Promise<void> {
    try {
      await this.parts.quarantine.dismiss()
    } catch (error) {
      throw ioError('clear the notices', error)
    }
  }

  /** A page of articles, newest first, filtered; `query` searches titles and bodies. */
  list(q: ListQuery): ListResult {
    return this.catalog.list(q)
  }

  facets(): Facets {
    return this.catalog.facets()
  }

  /** Resolves once full-text search covers every article (it loads in the background). */
  whenSearchReady(): Promise<void> {
    return this.catalog.whenSearchReady()
  }

  async create(input: { title?: string }): Promise<Article> {
    this.parts.access.check()
    const id = this.articles.freshId()
    const file = newArticleFile(id, input.title ?? '', this.parts.now())
    return this.mutex.run(id, async () => {
      await this.articles.storeNew(file, 'create the article')
      return this.articles.toArticle(file)
    })
  }

  async get(id: string): Promise<Article> {
    const loaded = await this.articles.load(id)
    this.articles.handedOut(id, loaded)
    return this.articles.toArticle(loaded.file)
  }

  /**
   * Whether an open article's file changed on disk since this instance wrote it or handed it
   * out (the editor reloads when it has nothing unsaved), after taking in the conflicted
   * copies a sync tool may have left beside it.
   */
  async checkDisk(id: string): Promise<DiskCheck> {
    this.articles.checkId(id)
    return this.mutex.run(id, async () => {
      const notices =
        this.readOnly === null
          ? await importConflictCopies(this.parts.paths, id, this.parts.revisions, this.parts.now())
          : []
      const onDisk = this.parts.repository.stampSync(id)
      const listed = this.catalog.get(id)
      if (onDisk && listed && (listed.mtimeMs !== onDisk.mtimeMs || listed.size !== onDisk.size)) {
        this.catalog.record(await this.articles.load(id))
      }
      return { changedOnDisk: this.articles.changedElsewhere(id, onDisk), notices }
    })
  }

  /** Saves a change; `by` is the person's name, recorded with a status change. */
  async save(input: SaveInput, by: string): Promise<SaveResult> {
    this.parts.access.check()
    return this.mutex.run(input.id, async () => {
      for (let attempt = 1; ; attempt++) {
        try {
          return await this.saveOnce(input, by)
        } catch (error) {
          // Another program wrote the file during this save: apply the change to its version.
          if (!(error instanceof ChangedOnDiskError) || attempt >= SAVE_ATTEMPTS) {
            throw ioError('save the article', error)
          }
        }
      }
    })
  }

  private async saveOnce(input: SaveInput, by: string): Promise<SaveResult> {
    const current = await this.articles.load(input.id)
    const now = this.parts.now()
    const { file, changed, statusChange } = applySavePatch(current.file, input, by, now)
    let summary = this.catalog.get(input.id)?.summary
    // Both sides changed: the other version is kept as a revision before this save lands.
    const conflict = changed && this.articles.changedElsewhere(input.id, current)
    if (conflict) await this.keepOtherVersion(current, now)
    if (changed || !summary) {
      summary = await this.articles.store(file, 'save the article', current)
      this.articles.bumpVersion(input.id)
      const reason = statusChange ? 'status' : 'auto'
      const { revisions, revisionIntervalMs } = this.parts
      // The save itself is on disk; a missed snapshot must not report it as failed.
      await revisions
        .addIfDue(file, reason, summary.wordCount, now, revisionIntervalMs)
        .catch(() => undefined)
    }
    const version = this.articles.version(input.id)
    const { meta, history } = file
    const result: SaveResult = { meta, summary, version, savedAt: meta.updatedAt, history }
    return conflict ? { ...result, notice: CONFLICT_NOTICE } : result
  }

  async commentsList(id: string): Promise<Comment[]> {
    return (await this.articles.load(id)).file.comments
  }

  /**
   * Applies one change to an article's comments, signed by `by`, and writes it at once. The
   * document and its details are left as they are, so the list and search do not change.
   */
  async commentsApply(id: string, action: CommentAction, by: string): Promise<Comment[]> {
    this.parts.access.check()
    return this.mutex.run(id, async () => {
      const current = (await this.articles.load(id)).file
      const at = this.parts.now().toISOString()
      const result = applyCommentAction(current.comments, action, { by, at })
      if (!result.ok) throw new AppError(...COMMENT_REFUSALS[result.refusal])
      if (result.changed) {
        await this.articles.store({ ...current, comments: result.comments }, 'save the comment')
      }
      return result.comments
    })
  }

  /** A copy under a new id, with its images, as a fresh draft. */
  async duplicate(id: string): Promise<Article> {
    this.parts.access.check()
    const source = await this.articles.load(id)
    const copyId = this.articles.freshId()
    const file = duplicateArticleFile(source.file, copyId, this.parts.now())
    return this.mutex.run(copyId, async () => {
      await this.articles.storeNew(file, 'duplicate the article', () =>
        this.assets.copyAll(id, copyId),
      )
      return this.articles.toArticle(file)
    })
  }

  /** Moves an article to the trash. */
  async delete(id: string): Promise<void> {
    this.parts.access.check()
    await this.mutex.run(id, async () => {
      const title =
        this.catalog.get(id)?.summary.title ?? (await this.articles.load(id)).file.meta.title
      try {
        await this.trash.moveIn(id, title, this.parts.now())
      } catch (error) {
        throw ioError('move the article to the trash', error)
      }
      this.articles.forget(id)
    })
  }

  trashList(): Promise<TrashEntry[]> {
    return this.trash.list()
  }

  /** Puts an article back from the trash; refused when its id is in use again. */
  async trashRestore(id: string): Promise<ArticleSummary> {
    this.parts.access.check()
    this.articles.checkId(id)
    return this.mutex.run(id, async () => {
      try {
        await this.trash.moveOut(id)
      } catch (error) {
        throw ioError('restore the article', error)
      }
      return this.catalog.record(await this.articles.load(id)).summary
    })
  }

  async trashEmpty(): Promise<{ removed: number }> {
    this.parts.access.check()
    try {
      return { removed: await this.trash.empty() }
    } catch (error) {
      throw ioError('empty the trash', error)
    }
  }

  /** Revisions of an article, newest first. */
  async revisionsList(id: string): Promise<RevisionInfo[]> {
    await this.articles.load(id)
    return [...(await this.parts.revisions.list(id))].reverse()
  }

  async revisionsGet(id: string, revId: string): Promise<Revision> {
    this.articles.checkId(id)
    return this.parts.revisions.get(id, revId)
  }

  /**
   * Puts a revision's content and details back. The current state is snapshotted first, so the
   * restore can itself be undone; the review status and its history stay as they are.
   */
  async revisionsRestore(id: string, revId: string): Promise<Article> {
    this.parts.access.check()
    return this.mutex.run(id, async () => {
      const current = (await this.articles.load(id)).file
      const revision = await this.parts.revisions.get(id, revId)
      const now = this.parts.now()
      const words = this.catalog.get(id)?.summary.wordCount ?? 0
      try {
        await this.parts.revisions.add(current, 'restore', words, now)
      } catch (error) {
        throw ioError('keep a copy of the current version', error)
      }
      const { status, createdAt } = current.meta
      const file: ArticleFile = {
        ...current,
        meta: { ...revision.meta, id, status, createdAt, updatedAt: now.toISOString() },
        doc: revision.doc,
      }
      await this.articles.store(file, 'restore that version')
      this.articles.bumpVersion(id)
      return this.articles.toArticle(file)
    })
  }

  /**
   * Keeps what a publish or unpublish left on a site, with a 'publish' snapshot of what went
   * out. The writer's content and `updatedAt` stay untouched so an open editor's autosave
   * carries on undisturbed; the status follows: published while some site has it live.
   */
  async recordPublication(id: string, record: PublicationRecord, by: string): Promise<Article> {
    this.parts.access.check()
    return this.mutex.run(id, async () => {
      const current = (await this.articles.load(id)).file
      const now = this.parts.now()
      const publications = { ...current.publications, [record.siteId]: record }
      const file = withPublishedStatus({ ...current, publications }, by, now)
      const words = this.catalog.get(id)?.summary.wordCount ?? 0
      // The record matters more than the snapshot: a failed snapshot must not lose it.
      if (record.state === 'published' || record.state === 'scheduled') {
        await this.parts.revisions.add(file, 'publish', words, now).catch(() => undefined)
      }
      await this.articles.store(file, 'record the publication')
      return this.articles.toArticle(file)
    })
  }

  /** Checks and stores an image for an article (type from its bytes, at most 50 MB). */
  async importAsset(input: {
    articleId: string
    fileName: string
    mimeType: string
    bytes: Uint8Array
  }): Promise<AssetRef> {
    this.parts.access.check()
    this.articles.checkId(input.articleId)
    if (!this.parts.repository.stampSync(input.articleId)) {
      throw new AppError('not_found', 'That article no longer exists.')
    }
    try {
      return await this.assets.import(input.articleId, input.bytes)
    } catch (error) {
      throw ioError('add the image', error)
    }
  }

  /** Absolute path of an existing asset, for serving it; null when invalid or missing. */
  assetFile(articleId: string, name: string): string | null {
    return this.assets.file(articleId, name)
  }

  /** Finishes pending writes and saves the caches (index.json, the search index). */
  async close(): Promise<void> {
    this.follower?.close()
    await this.mutex.idle()
    const indexSaved = await this.catalog.close()
    if (indexSaved && this.parts.access.readOnly === null) await this.parts.marker?.end()
    await this.parts.access.release()
  }

  /** Snapshots the version another program wrote; the save waits for it, so it is never lost. */
  private async keepOtherVersion(other: LoadedArticle, now: Date): Promise<void> {
    const words = summarizeArticle(other.file, docText(other.file.doc)).wordCount
    try {
      await this.parts.revisions.add(other.file, 'conflict', words, now)
    } catch (error) {
      throw ioError('keep the version another program saved', error)
    }
  }

  /** Re-reads an article changed on disk by something else (a sync tool, another program). */
  async refresh(id: string): Promise<void> {
    await this.mutex.run(id, async () => {
      this.catalog.record(await this.articles.load(id))
    })
  }
}

/** Published while some site shows the article; back to approved once none does. */
function withPublishedStatus(file: ArticleFile, by: string, now: Date): ArticleFile {
  const live = Object.values(file.publications).some((r) => r.state === 'published')
  const from = file.meta.status
  const to = live ? 'published' : from === 'published' ? 'approved' : from
  if (to === from) return file
  return {
    ...file,
    meta: { ...file.meta, status: to },
    history: [...file.history, { from, to, by, at: now.toISOString() }],
  }
}
