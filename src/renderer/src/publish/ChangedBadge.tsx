import type { JSX } from 'react'
import { useTranslation } from 'react-i18next'

/** Marks an article whose live post shows an older version than the library holds. */
export function ChangedBadge(): JSX.Element {
  const { t } = useTranslation()
  return (
    <span
      className="ui-badge ui-badge-changed"
      data-testid="changed-since-publish"
      title={t('publish.changed.badgeHint')}
    >
      {t('publish.changed.badge')}
    </span>
  )
}
