import { t } from '@shared/i18n/i18n'
import type { DocNode } from '@shared/article/Article'
import { ASSET_SRC_PREFIX } from '@shared/article/assetSrc'
import type {
  OpenedSitePost,
  SitePostBody,
  SitePostText,
  SitePostPage,
  SitePostQuery,
  SitePostRef,
} from '@shared/ipc/channels/sitePosts'
import { articleSourceHash } from '@shared/publish/articleSourceHash'
import { isBrowsable, type BrowsableKind } from '@shared/sites/browsableKinds'
import type { SiteProfile } from '@shared/sites/SiteProfile'
import { articleFromMarkdown } from '@shared/transfer/articleFromMarkdown'
import type { IpcErrorCode } from '@shared/ipc/contract'
import { AppError } from '../errors/AppError'
import { PublishError } from '../publish/PublishError'
import { scrubSecrets } from '../publish/scrubSecrets'
import type { LibraryService } from '../library/LibraryService'
import type { DocRenderer } from '../publish/DocRenderer'
import type { SiteSource } from '../publish/SiteSource'
import type { SecretStore } from '../secrets/SecretStore'
import { importArticles } from '../transfer/importArticles'
import { openedBodyHash } from './openedBodyHash'
import type { SitePostSource } from './SitePostSource'

export interface SitePostsDeps {
  library: () => LibraryService
  sites: SiteSource
  secrets: SecretStore
  sources: Record<BrowsableKind, SitePostSource>
  renderer: DocRenderer
  userName: () => string
}

/**
 * The posts of connected sites: lists them, and opens one as a new article whose publication
 * record points at the post, so the next publish updates it. What opening reads is kept in the
 * record (the body's fingerprint, the site's version), so an Update without an edit changes
 * nothing there and an edit made on the site since is noticed.
 */
export class SitePostsService {
  constructor(private readonly deps: SitePostsDeps) {}

  async list(query: SitePostQuery): Promise<SitePostPage> {
    const { site, source } = this.sourceOf(query.siteId)
    const secrets = this.secrets(site)
    return readable(secrets.seen, () =>
      source.listPosts(site, secrets.secret, {
        type: query.type ?? 'post',
        search: (query.search ?? '').trim(),
        page: query.page ?? 1,
      }),
    )
  }

  async read(ref: SitePostRef): Promise<SitePostBody> {
    const { site, source } = this.sourceOf(ref.siteId)
    const secrets = this.secrets(site)
    const { body } = await readable(secrets.seen, () => source.readPost(site, secrets.secret, ref))
    return { ...body, version: openedBodyHash(body.text) }
  }

  async open(
    ref: SitePostRef & { doc: DocNode | null; version: string | null },
  ): Promise<OpenedSitePost> {
    const { site, source } = this.sourceOf(ref.siteId)
    const secrets = this.secrets(site)
    const post = await readable(secrets.seen, () => source.readPost(site, secrets.secret, ref))
    // The window read the text a moment ago; opening what the site has now must not pair that
    // reading with a newer version (an Update would then overwrite the newer text unseen).
    if (ref.doc !== null && ref.version !== openedBodyHash(post.body.text)) {
      throw new AppError('conflict', t('importMain.postChangedWhileOpening'))
    }
    const converted = this.converted(post.body, ref.doc, ref.postId)
    const meta = { ...converted.meta, ...post.meta, siteId: site.id }
    const doc = converted.doc
    const library = this.deps.library()
    const by = this.deps.userName()
    const summary = await importArticles(
      library,
      [{ sourceName: meta.title || ref.postId, meta, doc, images: [], featuredImageUrl: null }],
      by,
      () => Promise.reject(new Error('not downloaded')),
    )
    const imported = summary.imported[0]
    if (!imported) {
      throw new AppError('refused', summary.skipped[0]?.reason ?? t('importMain.postNotOpened'))
    }
    const article = await library.get(imported.id)
    const render = (kind: 'html' | 'markdown') =>
      this.deps.renderer[kind](article.doc, {
        imageUrl: (src) => (src.startsWith(ASSET_SRC_PREFIX) ? null : src),
      })
    const bodyHash = openedBodyHash(render(post.body.format))
    const opened = post.record.extra.opened
    await library.recordPublication(
      article.meta.id,
      {
        ...post.record,
        sourceHash: articleSourceHash(article.meta, article.doc),
        extra: {
          ...post.record.extra,
          opened: { ...(typeof opened === 'object' ? opened : {}), bodyHash, meta: article.meta },
        },
      },
      by,
    )
    return {
      id: article.meta.id,
      title: article.meta.title,
      notes: [...post.notes, ...summary.notes],
    }
  }

  /** The article's details and document: Markdown is read here, HTML came read by the window. */
  private converted(body: SitePostText, doc: DocNode | null, postId: string) {
    if (body.format === 'markdown') return articleFromMarkdown(postId, body.text)
    if (doc === null) throw new AppError('invalid_input', t('importMain.postTextMissing'))
    return { meta: {}, doc }
  }

  private sourceOf(siteId: string): { site: SiteProfile; source: SitePostSource } {
    const site = this.deps.sites.get(siteId)
    if (!site) throw new AppError('not_found', t('importMain.siteGone'))
    const source =
      site.target && isBrowsable(site.target.kind) ? this.deps.sources[site.target.kind] : undefined
    if (!source) throw new AppError('refused', t('importMain.noListing'))
    return { site, source }
  }

  /** The site's secrets, and every value read (to scrub from messages). */
  private secrets(site: SiteProfile) {
    const seen = new Set<string>()
    const secret = async (name: string) => {
      const value = await this.deps.secrets.get(`site:${site.id}:${name}`)
      if (value) seen.add(value)
      return value
    }
    return { secret, seen }
  }
}

const ERROR_CODES: Partial<Record<PublishError['kind'], IpcErrorCode>> = {
  auth: 'forbidden',
  'not-found': 'not_found',
  conflict: 'conflict',
}

/** Runs a read of the site; what went wrong there reaches the window in plain words. */
async function readable<T>(secrets: Set<string>, work: () => Promise<T>): Promise<T> {
  try {
    return await work()
  } catch (error) {
    if (!(error instanceof PublishError)) throw error
    const message = scrubSecrets(error.message, secrets)
    throw new AppError(ERROR_CODES[error.kind] ?? 'refused', message, { cause: error })
  }
}
