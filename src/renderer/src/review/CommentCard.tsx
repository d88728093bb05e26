import type { Comment } from '@shared/article/Comment'
import type { JSX } from 'react'
import { useTranslation } from 'react-i18next'
import { formatNumber } from '@shared/format/localeFormat'
import { t as translate } from '@shared/i18n/i18n'
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

const who = (name: string) => name.trim() || translate('review.someone')

/**
 * One comment: its passage (quoted), text and replies. Choosing it shows the passage; the
 * active one offers a reply box. A resolved comment folds to one line until reopened.
 */
export function CommentCard(props: CommentCardProps): JSX.Element {
  const { t } = useTranslation()
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
          <span className="ui-comment-flag" title={t('review.detachedHint')}>
            {t('review.detached')}
          </span>
        )}
        {comment.resolved && <span className="ui-comment-flag">{t('review.resolved')}</span>}
      </div>
      <button
        type="button"
        className="ui-comment-main"
        data-testid="comment-main"
        title={detached ? t('review.passageGone') : t('review.showPassage')}
        onClick={props.onSelect}
      >
        {comment.quote && <span className="ui-comment-quote">{comment.quote}</span>}
        <span className="ui-comment-body" data-testid="comment-body">
          {comment.body}
        </span>
      </button>
      {!comment.resolved && comment.replies.length > 0 && (
        <ul className="ui-comment-replies" aria-label={t('review.replies')}>
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
          {t('review.resolvedBy', { name: who(comment.resolvedBy) })}
          {comment.replies.length > 0 &&
            t('review.replyCount', {
              count: comment.replies.length,
              formatted: formatNumber(comment.replies.length),
            })}
        </p>
      )}
      {active && !comment.resolved && (
        <CommentBox
          label={t('review.reply')}
          placeholder={t('review.replyPlaceholder')}
          submitLabel={t('review.reply')}
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
            {t('review.reopen')}
          </button>
        ) : (
          <button
            type="button"
            className="ui-link-button"
            data-testid="comment-resolve"
            onClick={props.onResolve}
          >
            {t('review.resolve')}
          </button>
        )}
        {props.own && (
          <button
            type="button"
            className="ui-link-button ui-comment-delete"
            data-testid="comment-delete"
            onClick={props.onDelete}
          >
            {t('review.delete')}
          </button>
        )}
      </div>
    </li>
  )
}
