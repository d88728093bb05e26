import type { Comment } from '@shared/article/Comment'
import type { JSX } from 'react'
import { CommentBox } from './CommentBox'
import { TimeAgo } from './TimeAgo'

/** Props of {@link CommentCard}. */
export interface CommentCardProps {
  comment: Comment
  detached: boolean
  active: boolean
  /** The person may delete it (they wrote it). */
  own: boolean
  now: Date
  onSelect(): void
  onReply(body: string): Promise<boolean>
  onResolve(): void
  onReopen(): void
  onDelete(): void
}

const who = (name: string) => name.trim() || 'Someone'

/**
 * One comment: its passage (quoted), text and replies. Choosing it shows the passage; the
 * active one offers a reply box. A resolved comment folds to one line until reopened.
 */
export function CommentCard(props: CommentCardProps): JSX.Element {
  const { comment, detached, active, now } = props
  const classes = ['ui-comment-card']
  if (active) classes.push('ui-is-active')
  if (comment.resolved) classes.push('ui-is-resolved')
  if (detached) classes.push('ui-is-detached')
  return (
    <li
      className={classes.join(' ')}
      data-testid="comment-card"
      data-comment-id={comment.id}
      data-state={comment.resolved ? 'resolved' : 'open'}
      data-detached={detached}
      aria-current={active}
    >
      <div className="ui-comment-head">
        <span className="ui-comment-author">{who(comment.author)}</span>
        <TimeAgo iso={comment.createdAt} now={now} />
        {detached && (
          <span className="ui-comment-flag" title="The commented text was deleted">
            Detached
          </span>
        )}
        {comment.resolved && <span className="ui-comment-flag">Resolved</span>}
      </div>
      <button
        type="button"
        className="ui-comment-main"
        data-testid="comment-main"
        title={detached ? 'The commented text is no longer in the article' : 'Show the passage'}
        onClick={props.onSelect}
      >
        {comment.quote && <span className="ui-comment-quote">{comment.quote}</span>}
        <span className="ui-comment-body" data-testid="comment-body">
          {comment.body}
        </span>
      </button>
      {!comment.resolved && comment.replies.length > 0 && (
        <ul className="ui-comment-replies" aria-label="Replies">
          {comment.replies.map((reply) => (
            <li key={reply.id} className="ui-comment-reply" data-testid="comment-reply">
              <div className="ui-comment-head">
                <span className="ui-comment-author">{who(reply.author)}</span>
                <TimeAgo iso={reply.createdAt} now={now} />
              </div>
              <p className="ui-comment-body">{reply.body}</p>
            </li>
          ))}
        </ul>
      )}
      {comment.resolved && comment.resolvedBy !== null && (
        <p className="ui-comment-resolved-by">
          Resolved by {who(comment.resolvedBy)}
          {comment.replies.length > 0 &&
            ` · ${comment.replies.length} ${comment.replies.length === 1 ? 'reply' : 'replies'}`}
        </p>
      )}
      {active && !comment.resolved && (
        <CommentBox
          label="Reply"
          placeholder="Reply…"
          submitLabel="Reply"
          testId="reply-input"
          onSubmit={props.onReply}
        />
      )}
      <div className="ui-comment-actions">
        {comment.resolved ? (
          <button
            type="button"
            className="ui-link-button"
            data-testid="comment-reopen"
            onClick={props.onReopen}
          >
            Reopen
          </button>
        ) : (
          <button
            type="button"
            className="ui-link-button"
            data-testid="comment-resolve"
            onClick={props.onResolve}
          >
            Resolve
          </button>
        )}
        {props.own && (
          <button
            type="button"
            className="ui-link-button ui-comment-delete"
            data-testid="comment-delete"
            onClick={props.onDelete}
          >
            Delete
          </button>
        )}
      </div>
    </li>
  )
}
