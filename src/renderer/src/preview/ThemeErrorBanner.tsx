import type { JSX } from 'react'
import { useTranslation } from 'react-i18next'
import { t } from '@shared/i18n/i18n'
import type { ThemeError } from '@shared/ipc/channels/preview'
import { Icon } from '../ui/Icon'

/** Where in the theme an error is: "article.liquid:12", or null when the engine did not say. */
export function themeErrorPlace(error: ThemeError): string | null {
  if (error.file && error.line !== null) return `${error.file}:${error.line}`
  if (error.file) return error.file
  if (error.line !== null) return t('screens.preview.line', { line: error.line })
  return null
}

/** The theme's error above the last page that rendered, so the pane never goes blank. */
export function ThemeErrorBanner({ error }: { error: ThemeError }): JSX.Element {
  const { t: translate } = useTranslation()
  const place = themeErrorPlace(error)
  return (
    <div className="ui-preview-banner" role="alert" data-testid="preview-theme-error">
      <Icon name="alert" />
      <div>
        <strong>
          {place
            ? translate('screens.preview.themeErrorIn', { place })
            : translate('screens.preview.themeError')}
        </strong>{' '}
        <span className="ui-preview-banner-message">{error.message}</span>
        <div className="ui-preview-banner-help">{translate('screens.preview.lastGood')}</div>
      </div>
    </div>
  )
}
