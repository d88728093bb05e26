import type { Article } from '@shared/article/Article'
import type { SecretName } from '@shared/ipc/channels/sites'
import type {
  BuildCheck,
  ConnectionReport,
  PublicationRecord,
  PublishCheck,
  PublishPlan,
  PublishProgress,
  UnpublishMode,
} from '@shared/publish/Publish'
import type { MarkdownStyle } from '@shared/render'
import type { SiteProfile } from '@shared/sites/SiteProfile'

/** An image the article uses (body or featured), read from the article's assets. */
export interface PublishAsset {
  /** Content-addressed name, `<sha256>.<ext>`. */
  name: string
  mimeType: string
  alt: string
  read(): Promise<Uint8Array>
}

/** Everything a target needs for one article on one site. */
export interface PublishContext {
  article: Article
  site: SiteProfile
  /** What the last publish to this site left, or null for a first publish. */
  record: PublicationRecord | null
  /** Images the article uses, each once. */
  assets: PublishAsset[]
  /**
   * The shared renderer's output with each image pointing where the target put it
   * (`imageUrl` maps an asset name to its URL on the site). `markdown` says how the site's
   * generator reads Markdown (see RenderOptions).
   */
  render(
    imageUrl: (assetName: string) => string,
    markdown?: MarkdownStyle,
  ): { html: string; markdown: string }
  /** A secret saved for this site, or null. Never log it or put it in an error. */
  secret(name: SecretName): Promise<string | null>
  progress(update: PublishProgress): void
  /** What the site's own build made of the change, for a git site that checks builds. */
  built?(check: BuildCheck): void
  /** Aborted when the person cancels or the app quits. */
  signal: AbortSignal
  /** Set when the person chose "overwrite" after a conflict. */
  overwrite: boolean
  /**
   * Stays the same across every retry of one publish job: send it as an idempotency key or
   * store it with the post (a publish token) so a retry can find what an earlier attempt made.
   * Always set by the publish flow (optional only so hand-built contexts in tests stay valid).
   */
  idempotencyKey?: string
  /**
   * Saves what the remote already holds (a created post's id, a pushed commit) before the job
   * finishes. A retry of the same job then sees it as `record`, so it updates instead of
   * creating a second post. Kept in the outbox until the job ends. Always set by the publish
   * flow (optional only so hand-built contexts in tests stay valid).
   */
  remember?(record: PublicationRecord): Promise<void>
}

/** Reads one of a site's saved secrets, or null when none is saved. */
export type SecretReader = (name: SecretName) => Promise<string | null>

/** The categories and tags a site lists itself, for the pickers. */
export interface SiteTerms {
  categories: string[]
  tags: string[]
}

/**
 * One kind of destination (git, WordPress, Ghost, webhook). Implementations throw
 * `PublishError` for anything a person should read; its `transient` flag sends the job to the
 * outbox for a retry with backoff.
 *
 * Every member is required: a wrapper (see `serializePerSite`) must then pass each one on, and
 * one it forgets is a compile error instead of a feature that silently disappears.
 */
export interface PublishTarget {
  testConnection(site: SiteProfile, secret: SecretReader): Promise<ConnectionReport>
  /** Target-specific pre-flight checks (the common ones run before). */
  check(context: PublishContext): Promise<PublishCheck[]>
  /** The exact changes publishing will make, without making them. */
  plan(context: PublishContext): Promise<PublishPlan>
  publish(context: PublishContext): Promise<PublicationRecord>
  unpublish(context: PublishContext, mode: UnpublishMode): Promise<PublicationRecord>
  /** The categories and tags the site already has, or null for a site that keeps no lists. */
  terms(site: SiteProfile, secret: SecretReader): Promise<SiteTerms | null>
}

/** Compiles only while no member of `T` is optional. */
type OptionalMembers<T> = { [K in keyof T]-?: object extends Pick<T, K> ? K : never }[keyof T]
const everyMemberRequired: [OptionalMembers<PublishTarget>] extends [never] ? true : never = true
void everyMemberRequired
