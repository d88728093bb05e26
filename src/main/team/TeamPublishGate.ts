import { t } from '@shared/i18n/i18n'
import type { Schema } from '@tiptap/pm/model'
import type { PublicationRecord } from '@shared/publish/Publish'
import { whyCannotPublish } from '@shared/team/TeamRole'
import { AppError } from '../errors/AppError'
import type { LibraryService } from '../library/LibraryService'
import type { PublishGate, PublishGates } from '../publish/PublishGate'
import { PublishError } from '../publish/PublishError'
import { recordTeamPublication } from './recordTeamPublication'
import type { TeamArticleSession, TeamService } from './TeamService'

/** How long the article may take to catch up with the server once the lock is held. */
const CATCH_UP_MS = 10_000

/** The lock call's failure as a publish failure: unreachable waits and retries, busy says who. */
function lockFailure(error: unknown): PublishError {
  if (!(error instanceof AppError)) {
    return new PublishError('server', t('teamMain.noAnswer'), { cause: error })
  }
  if (error.code === 'io') return new PublishError('offline', error.message, { cause: error })
  if (error.code === 'conflict') return new PublishError('refused', error.message, { cause: error })
  return new PublishError('auth', error.message, { cause: error })
}

/**
 * The publish gate of team articles (see docs/server.md, "Roles and the publish gate"): only
 * publishers and admins publish; the article's publish lock on the server is held while it goes
 * out, so two members never publish it at once; the record goes into the shared document, which
 * the server accepts only from publishers and admins, so everyone sees "Published" and the URL;
 * the publisher's History keeps a 'publish' revision of what went out, as for a local article.
 */
export function teamPublishGates(
  team: () => TeamService,
  library: () => LibraryService,
  schema: Schema,
): PublishGates {
  return (articleId) => {
    if (!team().isTeamArticle(articleId)) return null
    let session: TeamArticleSession | null = null
    const gate: PublishGate = {
      async check() {
        const refusal = whyCannotPublish((await team().connection())?.member.role)
        if (refusal === null) return
        throw new AppError('forbidden', t('teamMain.askAdmin', { refusal }))
      },

      async hold(publish) {
        await gate.check().catch((error: unknown) => {
          throw new PublishError('auth', error instanceof Error ? error.message : String(error))
        })
        await team()
          .takePublishLock(articleId)
          .catch((error: unknown) => {
            throw lockFailure(error)
          })
        const opened = await team().openArticle(articleId)
        session = opened
        try {
          // What the last holder recorded reached the server before it let go: get it, so a
          // second publish updates the same post instead of making another.
          if (!(await opened.refresh(CATCH_UP_MS))) {
            throw new PublishError('offline', t('teamMain.stoppedAnswering'))
          }
          await opened.flush()
          const result = await publish()
          // The next holder must find this record on the server.
          await opened.refresh(CATCH_UP_MS)
          return result
        } finally {
          session = null
          await opened.close()
          await team()
            .releasePublishLock(articleId)
            .catch(() => undefined)
        }
      },

      async record(record: PublicationRecord, by: string) {
        const held = session ?? (await team().openArticle(articleId))
        try {
          const who = (await team().connection())?.member.name || by
          const file = recordTeamPublication(held.doc, articleId, record, who, new Date(), schema)
          await held.flush()
          // History keeps what went live, as for a local article.
          await library().keepPublishRevision(file, record)
        } finally {
          if (held !== session) await held.close()
        }
      },
    }
    return gate
  }
}
