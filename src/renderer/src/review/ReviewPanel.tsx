import type { StatusChange } from '@shared/article/Article'
import type { ArticleStatus } from '@shared/article/ArticleStatus'
import { useState, type JSX } from 'react'
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
  const { comments } = props
  const now = useNow()
  const [deleting, setDeleting] = useState<string | null>(null)
  const open = comments.placed.filter((p) => !p.comment.resolved).length

  return (
    <div className="ui-review-panel">
      <section className="ui-review-section" aria-labelledby="review-status-heading">
        <h3 id="review-status-heading" className="ui-meta-section">
          Status
        </h3>
        <StatusActions status={props.status} onStatus={props.onStatus} />
      </section>

      <section className="ui-review-section" aria-labelledby="review-comments-heading">
        <h3 id="review-comments-heading" className="ui-meta-section">
          Comments{open > 0 && <span className="ui-review-count"> · {open} open</span>}
        </h3>
        {comments.draft && (
          <div className="ui-comment-card ui-is-draft" data-testid="comment-composer">
            {comments.draft.quote && <p className="ui-comment-quote">{comments.draft.quote}</p>}
            <CommentBox
              label="Comment"
              placeholder="Write a comment…"
              submitLabel="Comment"
              testId="comment-input"
              autoFocus
              onSubmit={comments.submit}
              onCancel={comments.cancel}
            />
          </div>
        )}
        {comments.placed.length === 0 && !comments.draft ? (
          <p className="ui-review-empty" data-testid="comments-empty">
            No comments yet. Select text and press {props.commentShortcut} to comment.
          </p>
        ) : (
          <ul className="ui-comment-list" aria-label="Comments">
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
          Status history
        </h3>
        <StatusTimeline history={props.history} now={now} />
      </section>

      {deleting && (
        <ConfirmDialog
          title="Delete this comment?"
          confirmLabel="Delete"
          danger
          onCancel={() => setDeleting(null)}
          onConfirm={() => {
            setDeleting(null)
            void comments.remove(deleting)
          }}
        >
          <p>The comment and its replies will be removed for everyone who opens this article.</p>
        </ConfirmDialog>
      )}
    </div>
  )
}
