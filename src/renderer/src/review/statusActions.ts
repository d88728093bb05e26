import type { StatusChange } from '@shared/article/Article'
import type { ArticleStatus } from '@shared/article/ArticleStatus'
import { articleStatusLabel } from '@shared/article/articleStatusLabel'

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
  const back: StatusAction = { to: 'draft', label: 'Back to draft', primary: false }
  switch (status) {
    case 'draft':
      return [{ to: 'in_review', label: 'Send for review', primary: true }]
    case 'in_review':
      return [{ to: 'approved', label: 'Approve', primary: true }, back]
    case 'approved':
    case 'published':
      return [back]
  }
}

/** One line of the status timeline: "Ana sent it for review". */
export function describeStatusChange(change: StatusChange): string {
  const who = change.by.trim() || 'Someone'
  switch (change.to) {
    case 'in_review':
      return `${who} sent it for review`
    case 'approved':
      return `${who} approved it`
    case 'published':
      return `${who} marked it published`
    case 'draft':
      return change.from === null ? `${who} created it` : `${who} moved it back to draft`
  }
}

/** "Draft → In review". */
export function statusPath(change: StatusChange): string {
  const to = articleStatusLabel(change.to)
  return change.from === null ? to : `${articleStatusLabel(change.from)} → ${to}`
}
