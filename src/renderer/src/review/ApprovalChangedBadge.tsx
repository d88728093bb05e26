import type { JSX } from 'react'
import { useTranslation } from 'react-i18next'

/** Marks an approved article edited since: what would go out is not what was approved. */
export function ApprovalChangedBadge(): JSX.Element {
  const { t } = useTranslation()
  return (
    <span
      className="ui-badge ui-badge-changed"
      data-testid="changed-since-approval"
      title={t('review.approval.badgeHint')}
    >
      {t('review.approval.badge')}
    </span>
  )
}
