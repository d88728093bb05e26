import { useTranslation } from 'react-i18next'
import type { JSX } from 'react'

/** The editor area when the library has articles but none is open. */
export function NoArticleHint({ newShortcut }: { newShortcut: string }): JSX.Element {
  const { t } = useTranslation()
  return (
    <div className="ui-center-empty" data-testid="no-article">
      <p className="ui-hint">
        {newShortcut
          ? t('library.pickArticleWith', { shortcut: newShortcut })
          : t('library.pickArticle')}
      </p>
    </div>
  )
}
