import type { PublicationRecord } from '@shared/publish/Publish'

/**
 * Who may publish one article, what is held while it goes out and where its record is kept, when
 * that is not the library's business alone (a team article: roles, the team's publish lock, the
 * record in the shared document).
 */
export interface PublishGate {
  /** Throws, in words, when this person may not publish or unpublish the article. */
  check(): Promise<void>
  /** Runs `publish` (send and record) holding the article's publish lock. */
  hold<T>(publish: () => Promise<T>): Promise<T>
  /** Keeps what a publish or unpublish left on a site, for everyone who shares the article. */
  record(record: PublicationRecord, by: string): Promise<void>
}

/** The gate of article `articleId`, or null when the library's own rules apply. */
export type PublishGates = (articleId: string) => PublishGate | null
