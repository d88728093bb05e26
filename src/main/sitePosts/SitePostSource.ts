import type { ArticleMetaPatch } from '@shared/article/Article'
import type { SitePostPage, SitePostText, SitePostType } from '@shared/ipc/channels/sitePosts'
import type { PublicationRecord } from '@shared/publish/Publish'
import type { SiteProfile } from '@shared/sites/SiteProfile'
import type { SecretReader } from '../publish/PublishTarget'

/** A post as read from its site, ready to become an article linked to it. */
export interface SitePost {
  meta: ArticleMetaPatch
  body: SitePostText
  /**
   * The record that links the article to the post, as if Copydesk had just published it. The
   * opening adds `sourceHash` and the fingerprint of the body as Copydesk reads it.
   */
  record: PublicationRecord
  /** What the editor will not carry over (WordPress blocks it has no node for), in plain words. */
  notes: string[]
}

/** A kind of site whose existing posts Copydesk can list and open (WordPress, Ghost, git). */
export interface SitePostSource {
  listPosts(
    site: SiteProfile,
    secret: SecretReader,
    query: { type: SitePostType; search: string; page: number },
  ): Promise<SitePostPage>
  readPost(
    site: SiteProfile,
    secret: SecretReader,
    ref: { type: SitePostType; postId: string },
  ): Promise<SitePost>
}
