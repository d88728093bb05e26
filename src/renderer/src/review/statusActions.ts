import type { StatusChange } from '@shared/article/Article'
import type { ArticleStatus } from '@shared/article/ArticleStatus'
import { articleStatusLabel } from '@shared/article/articleStatusLabel'
import { t } from '@shared/i18n/i18n'

/** A button that moves the article on in review. */
export interface StatusAction {
  to: ArticleStatus
  label: string
  /** The step forward; shown as the primary button. */
  primary: boolean
}

/**
 * What a writer or reviewer would do next from a status: send a draft for review, approve or
 * return a draft under review, and take an approved or published article back to draft.
 */
export function statusActions(status: ArticleStatus): StatusAction[] {
  const back: StatusAction = { to: 'draft', label: t('review.actions.backToDraft'), primary: false }
  switch (status) {
    case 'draft':
      return [{ to: 'in_review', label: t('review.actions.sendForReview'), primary: true }]
    case 'in_review':
      return [{ to: 'approved', label: t('review.actions.approve'), primary: true }, back]
    case 'approved':
    case 'published':
      return [back]
  }
}

/** One line of the status timeline: "Ana sent it for review". */
export function describeStatusChange(change: StatusChange): string {
  const who = change.by.trim() || t('review.someone')
  switch (change.to) {
    case 'in_review':
      return t('review.timeline.sent', { who })
    case 'approved':
      return t('review.timeline.approved', { who })
    case 'published':
      return t('review.timeline.published', { who })
    case 'draft':
      return change.from === null
        ? t('review.timeline.created', { who })
        : t('review.timeline.backToDraft', { who })
  }
}

/** "Draft → In review". */
export function statusPath(change: StatusChange): string {
  const to = articleStatusLabel(change.to)
  return change.from === null ? to : `${articleStatusLabel(change.from)} → ${to}`
}
