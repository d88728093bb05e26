import type { JSX } from 'react'
import { useTranslation } from 'react-i18next'
import { useBridgeQuery } from '../api/useBridgeQuery'
import { Modal } from '../ui/Modal'

/** Name, version and where Copydesk is running. */
export function AboutDialog({ onClose }: { onClose(): void }): JSX.Element {
  const { t } = useTranslation()
  const info = useBridgeQuery([], (api) => api.app.info()).data
  return (
    <Modal
      title={t('shell.about.title')}
      onClose={onClose}
      testId="about-dialog"
      footer={
        <button type="button" className="ui-button ui-button-primary" onClick={onClose}>
          {t('shell.about.close')}
        </button>
      }
    >
      <p>{t('shell.about.tagline')}</p>
      {info && (
        <p className="ui-muted">
          {t('shell.about.version', {
            version: info.version,
            platform: info.platform,
            runtime:
              info.runtime === 'electron' ? t('shell.about.desktop') : t('shell.about.browser'),
          })}
        </p>
      )}
    </Modal>
  )
}
