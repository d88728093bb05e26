import { useTranslation } from 'react-i18next'
import type { JSX } from 'react'
import { Icon } from '../ui/Icon'

/** The first thing a new library shows: what Copydesk is for and one way to begin. */
export function EmptyLibrary({ onNew, hint }: { onNew(): void; hint: string }): JSX.Element {
  const { t } = useTranslation()
  return (
    <div className="ui-center-empty ui-welcome" data-testid="empty-library">
      <div className="ui-welcome-mark" aria-hidden="true">
        <Icon name="doc" size={40} />
      </div>
      <h1>{t('library.emptyTitle')}</h1>
      <p>{t('library.emptyText')}</p>
      <button
        type="button"
        className="ui-button ui-button-primary ui-button-large"
        title={hint}
        data-testid="new-article-empty"
        onClick={onNew}
      >
        <Icon name="plus" /> {t('library.newArticle')}
      </button>
    </div>
  )
}
