import type { JSX } from 'react'
import { useTranslation } from 'react-i18next'
import type { ImportSummary } from '@shared/transfer/ImportedArticle'
import { Modal } from '../ui/Modal'

/** What an import did: how many articles came in, which files were skipped and why. */
export function ImportSummaryDialog(props: {
  summary: ImportSummary
  onClose(): void
}): JSX.Element {
  const { imported, skipped, notes } = props.summary
  const { t } = useTranslation()
  return (
    <Modal
      title={t('screens.importSummary.title')}
      onClose={props.onClose}
      testId="import-summary"
      footer={
        <button type="button" className="ui-button ui-button-primary" onClick={props.onClose}>
          {t('screens.importSummary.ok')}
        </button>
      }
    >
      <p data-testid="import-counts">
        {skipped.length > 0
          ? t('screens.importSummary.importedSkipped', {
              count: imported.length,
              skipped: skipped.length,
            })
          : t('screens.importSummary.imported', { count: imported.length })}
      </p>
      {skipped.length > 0 && (
        <>
          <h3 className="ui-import-summary-heading">{t('screens.importSummary.notImported')}</h3>
          <ul className="ui-import-summary-list">
            {skipped.map((skip, i) => (
              <li key={i}>
                <strong>{skip.sourceName}</strong>: {skip.reason}
              </li>
            ))}
          </ul>
        </>
      )}
      {notes.length > 0 && (
        <>
          <h3 className="ui-import-summary-heading">{t('screens.importSummary.worthKnowing')}</h3>
          <ul className="ui-import-summary-list">
            {notes.map((note, i) => (
              <li key={i}>{note}</li>
            ))}
          </ul>
        </>
      )}
    </Modal>
  )
}
