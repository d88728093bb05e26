import { t } from '@shared/i18n/i18n'
import type { Article, ArticleFile, ArticleSummary } from '@shared/article/Article'
import type { Comment } from '@shared/article/Comment'
import type { CommentAction } from '@shared/article/CommentAction'
import type { PublicationRecord } from '@shared/publish/PublicationRecord'
import type {
  AssetRef,
  DiskCheck,
  Facets,
  LibraryInfo,
  ListQuery,
  ListResult,
  Restored,
  Revision,
  RevisionInfo,
  SaveInput,
  SaveResult,
  TrashEntry,
} from '@shared/ipc/contract'
import { AppError } from '../errors/AppError'
import { ArticleComments, type CommentsChange } from './ArticleComments'
import { ArticleRevisions } from './ArticleRevisions'
import { ArticleSaver } from './ArticleSaver'
import { ArticleStore } from './ArticleStore'
import { AssetStore } from './AssetStore'
import { ConflictCopySweep } from './ConflictCopySweep'
import { DiskFollower } from './DiskFollower'
import { duplicateArticleFile } from './duplicateArticleFile'
import { ioError } from './ioError'
import { KeyedMutex } from './KeyedMutex'
import type { LibraryContext, LibraryParts } from './LibraryContext'
import { LibraryTrash } from './LibraryTrash'
import { newArticleFile } from './newArticleFile'
import { openLibraryParts, type LibraryServiceOptions } from './openLibraryParts'
import { keepPublishRevision } from './keepPublishRevision'
import { recordPublication } from './recordPublication'
import { restoreInterruptedSaves } from './restoreInterruptedSaves'
import { sweepInterruptedCreates } from './sweepInterruptedCreates'

export type { LibraryServiceOptions } from './openLibraryParts'

/**
 * The article library on disk (see DESIGN.md, "Data on disk"): lists, full-text search,
 * saves, revisions, trash, images and quarantine. Every write is atomic and writes to one
 * article are serialised, so a crash at any instant leaves the last acknowledged save intact.
 *
 * This class is the library's one entry point; each concern lives in its own part: saves in
 * {@link ArticleSaver}, comments in {@link ArticleComments}, revisions in
 * {@link ArticleRevisions}, the trash in {@link LibraryTrash}, outside changes in
 * {@link DiskFollower}, and the open sequence in {@link openLibraryParts}.
 */
export class LibraryService {
  private readonly ctx: LibraryContext
  private readonly assets: AssetStore
  private readonly saver: ArticleSaver
  private readonly comments: ArticleComments
  private readonly revisions: ArticleRevisions
  private readonly trash: LibraryTrash
  private readonly follower: DiskFollower
  private readonly conflictCopies: ConflictCopySweep

  private constructor(parts: LibraryParts) {
    const mutex = new KeyedMutex()
    const articles = new ArticleStore(parts)
    this.ctx = { ...parts, mutex, articles }
    this.assets = new AssetStore(parts.paths)
    this.saver = new ArticleSaver(this.ctx)
    this.comments = new ArticleComments(this.ctx)
    this.revisions = new ArticleRevisions(this.ctx)
    this.trash = new LibraryTrash(this.ctx)
    const conflictCopies = new ConflictCopySweep(this.ctx)
    this.conflictCopies = conflictCopies
    this.follower = new DiskFollower({
      articlesDir: parts.paths.articlesDir,
      mutex,
      repository: parts.repository,
      articles,
      catalog: parts.catalog,
      quarantine: parts.quarantine,
      onFolderChanged: (id) => conflictCopies.sweep(id),
    })
  }

  /**
   * Opens (creating if needed) the library at `opts.root`: loads index.json, checks it against
   * the article folders and repairs it, moves unusable article files to quarantine, and starts
   * loading the full-text index in the background.
   */
  static async open(opts: LibraryServiceOptions): Promise<LibraryService> {
    const parts = await openLibraryParts(opts)
    const service = new LibraryService(parts)
    const { catalog, paths, repository, access } = parts
    catalog.verifyInBackground((id) => service.refresh(id))
    if (access.readOnly === null) {
      const listed = (id: string): boolean => !!catalog.get(id)
      // Only folders missing from the list are looked into, so the whole list comes first.
      void catalog
        .whenListed()
        .then(() => restoreInterruptedSaves(paths, repository, listed, (id) => service.refresh(id)))
        .then(() => sweepInterruptedCreates(paths, repository, listed))
        .catch(() => 0)
      service.conflictCopies.start()
    }
    return service
  }

  info(): LibraryInfo {
    const { paths, quarantine, access, catalog } = this.ctx
    return {
      path: paths.root,
      articleCount: catalog.size,
      quarantine: quarantine.list(),
      readOnly: access.readOnly,
      unavailable: null,
      warnings: [...this.conflictCopies.notices],
    }
  }

  /** Why the library is open read-only (another Copydesk has it, a read-only disk), or null. */
  get readOnly(): string | null {
    return this.ctx.access.readOnly
  }

  async dismissQuarantine(): Promise<void> {
    try {
      await this.ctx.quarantine.dismiss()
    } catch (error) {
      throw ioError('clearNotices', error)
    }
  }

  /** A page of articles, newest first, filtered; `query` searches titles and bodies. */
  list(q: ListQuery): ListResult {
    return this.ctx.catalog.list(q)
  }

  facets(): Facets {
    return this.ctx.catalog.facets()
  }

  /** Resolves once the conflicted copies beside every article were taken in after open. */
  whenConflictCopiesTaken(): Promise<void> {
    return this.conflictCopies.whenDone()
  }

  /**
   * Resolves once every article is in the list: a large library answers its first pages
   * before the rest of index.json is read and checked against the folders.
   */
  whenListed(): Promise<void> {
    return this.ctx.catalog.whenListed()
  }

  /** Resolves once full-text search covers every article (it loads in the background). */
  whenSearchReady(): Promise<void> {
    return this.ctx.catalog.whenSearchReady()
  }

  async create(input: { title?: string }): Promise<Article> {
    const { access, articles, mutex } = this.ctx
    access.check()
    const id = articles.freshId()
    const file = newArticleFile(id, input.title ?? '', this.ctx.now())
    return mutex.run(id, async () => {
      await articles.storeNew(file, 'createArticle')
      return articles.toArticle(file)
    })
  }

  async get(id: string): Promise<Article> {
    const { articles } = this.ctx
    const loaded = await articles.load(id)
    articles.handedOut(id, loaded)
    const article = articles.toArticle(loaded.file)
    return loaded.removed ? { ...article, removedUrls: loaded.removed } : article
  }

  /** See {@link ArticleSaver.checkDisk}. */
  checkDisk(id: string): Promise<DiskCheck> {
    return this.saver.checkDisk(id)
  }

  /** Saves a change; `by` is the person's name, recorded with a status change. */
  save(input: SaveInput, by: string): Promise<SaveResult> {
    return this.saver.save(input, by)
  }

  commentsList(id: string): Promise<Comment[]> {
    return this.comments.list(id)
  }

  /** See {@link ArticleComments.apply}. */
  commentsApply(
    id: string,
    action: CommentAction,
    by: string,
    at?: string,
  ): Promise<CommentsChange> {
    return this.comments.apply(id, action, by, at)
  }

  /** A copy under a new id, with its images, as a fresh draft. */
  async duplicate(id: string): Promise<Article> {
    const { access, articles, mutex } = this.ctx
    access.check()
    const source = await articles.load(id)
    const copyId = articles.freshId()
    const file = duplicateArticleFile(source.file, copyId, this.ctx.now())
    return mutex.run(copyId, async () => {
      await articles.storeNew(file, 'duplicateArticle', () => this.assets.copyAll(id, copyId))
      return articles.toArticle(file)
    })
  }

  /** Moves an article to the trash. */
  delete(id: string): Promise<void> {
    return this.trash.moveIn(id)
  }

  trashList(): Promise<TrashEntry[]> {
    return this.trash.list()
  }

  /** Puts an article back from the trash; refused when its id is in use again. */
  trashRestore(id: string): Promise<ArticleSummary> {
    return this.trash.restore(id)
  }

  trashEmpty(): Promise<{ removed: number }> {
    return this.trash.empty()
  }

  /** Revisions of an article, newest first. */
  revisionsList(id: string): Promise<RevisionInfo[]> {
    return this.revisions.list(id)
  }

  revisionsGet(id: string, revId: string): Promise<Revision> {
    return this.revisions.get(id, revId)
  }

  /** See {@link ArticleRevisions.restore}. */
  revisionsRestore(id: string, revId: string): Promise<Restored> {
    return this.revisions.restore(id, revId)
  }

  /** See {@link keepPublishRevision}: for a team article, whose record lives in its Y.Doc. */
  keepPublishRevision(file: ArticleFile, record: PublicationRecord): Promise<void> {
    this.ctx.articles.checkId(file.meta.id)
    return keepPublishRevision(this.ctx, file, record, this.ctx.now())
  }

  /** See {@link recordPublication}. */
  recordPublication(
    id: string,
    record: PublicationRecord,
    by: string,
  ): Promise<{ article: Article; notice: string | null }> {
    return recordPublication(this.ctx, id, record, by)
  }

  /** Checks and stores an image for an article (type from its bytes, at most 50 MB). */
  async importAsset(input: {
    articleId: string
    fileName: string
    mimeType: string
    bytes: Uint8Array
  }): Promise<AssetRef> {
    const { access, articles, repository } = this.ctx
    access.check()
    articles.checkId(input.articleId)
    if (!repository.stampSync(input.articleId)) {
      throw new AppError('not_found', t('libraryMain.articleGone'))
    }
    try {
      return await this.assets.import(input.articleId, input.bytes)
    } catch (error) {
      throw ioError('addImage', error)
    }
  }

  /** Absolute path of an existing asset, for serving it; null when invalid or missing. */
  assetFile(articleId: string, name: string): string | null {
    return this.assets.file(articleId, name)
  }

  /** Finishes pending writes and saves the caches (index.json, the search index). */
  async close(): Promise<void> {
    const { mutex, catalog, access, marker } = this.ctx
    this.follower.close()
    await this.conflictCopies.close()
    await mutex.idle()
    const indexSaved = await catalog.close()
    if (indexSaved && access.readOnly === null) await marker?.end()
    await access.release()
  }

  /** Re-reads an article changed on disk by something else (a sync tool, another program). */
  async refresh(id: string): Promise<void> {
    await this.ctx.mutex.run(id, async () => {
      this.ctx.catalog.record(await this.ctx.articles.load(id))
    })
  }
}
