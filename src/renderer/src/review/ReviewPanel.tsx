import type { StatusChange } from '@shared/article/Article'
import type { ArticleStatus } from '@shared/article/ArticleStatus'
import { useState, type JSX } from 'react'
import { useTranslation } from 'react-i18next'
import { formatNumber } from '@shared/format/localeFormat'
import { useNow } from '../library/useNow'
import { ConfirmDialog } from '../ui/ConfirmDialog'
import { CommentBox } from './CommentBox'
import { CommentCard } from './CommentCard'
import { StatusActions } from './StatusActions'
import { StatusTimeline } from './StatusTimeline'
import type { CommentsApi } from './useComments'

/** Props of {@link ReviewPanel}. */
export interface ReviewPanelProps {
  status: ArticleStatus
  history: readonly StatusChange[]
  comments: CommentsApi
  /** "Ctrl+Alt+M" or "⌘⌥M", for the empty state. */
  commentShortcut: string
  onStatus(status: ArticleStatus): void
}

/** Review of the open article: its status and next steps, the comments, the status timeline. */
export function ReviewPanel(props: ReviewPanelProps): JSX.Element {
  const { t } = useTranslation()
  const { comments } = props
  const now = useNow()
  const [deleting, setDeleting] = useState<string | null>(null)
  const open = comments.placed.filter((p) => !p.comment.resolved).length

  return (
    <div className="ui-review-panel">
      <section className="ui-review-section" aria-labelledby="review-status-heading">
        <h3 id="review-status-heading" className="ui-meta-section">
          {t('review.status')}
        </h3>
        <StatusActions status={props.status} onStatus={props.onStatus} />
      </section>

      <section className="ui-review-section" aria-labelledby="review-comments-heading">
        <h3 id="review-comments-heading" className="ui-meta-section">
          {t('review.comments')}
          {open > 0 && (
            <span className="ui-review-count">
              {t('review.openCount', { count: open, formatted: formatNumber(open) })}
            </span>
          )}
        </h3>
        {comments.draft && (
          <div className="ui-comment-card ui-is-draft" data-testid="comment-composer">
            {comments.draft.quote && <p className="ui-comment-quote">{comments.draft.quote}</p>}
            <CommentBox
              label={t('review.comment')}
              placeholder={t('review.writeComment')}
              submitLabel={t('review.comment')}
              testId="comment-input"
              autoFocus
              onSubmit={comments.submit}
              onCancel={comments.cancel}
            />
          </div>
        )}
        {comments.placed.length === 0 && !comments.draft ? (
          <p className="ui-review-empty" data-testid="comments-empty">
            {t('review.noComments', { shortcut: props.commentShortcut })}
          </p>
        ) : (
          <ul className="ui-comment-list" aria-label={t('review.comments')}>
            {comments.placed.map(({ comment, range }) => (
              <CommentCard
                key={comment.id}
                comment={comment}
                detached={range === null}
                active={comment.id === comments.activeId}
                own={comment.author === '' || comment.author === comments.userName}
                now={now}
                onSelect={() => comments.select(comment.id)}
                onReply={(body) => comments.reply(comment.id, body)}
                onResolve={() => void comments.resolve(comment.id)}
                onReopen={() => void comments.reopen(comment.id)}
                onDelete={() => setDeleting(comment.id)}
              />
            ))}
          </ul>
        )}
      </section>

      <section className="ui-review-section" aria-labelledby="review-timeline-heading">
        <h3 id="review-timeline-heading" className="ui-meta-section">
          {t('review.statusHistory')}
        </h3>
        <StatusTimeline history={props.history} now={now} />
      </section>

      {deleting && (
        <ConfirmDialog
          title={t('review.deleteTitle')}
          confirmLabel={t('review.delete')}
          danger
          onCancel={() => setDeleting(null)}
          onConfirm={() => {
            setDeleting(null)
            void comments.remove(deleting)
          }}
        >
          <p>{t('review.deleteText')}</p>
        </ConfirmDialog>
      )}
    </div>
  )
}
