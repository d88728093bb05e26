import type { JSX } from 'react'
import type { ImportSummary } from '@shared/transfer/ImportedArticle'
import { Modal } from '../ui/Modal'

function plural(count: number, noun: string): string {
  return `${count} ${noun}${count === 1 ? '' : 's'}`
}

/** What an import did: how many articles came in, which files were skipped and why. */
export function ImportSummaryDialog(props: {
  summary: ImportSummary
  onClose(): void
}): JSX.Element {
  const { imported, skipped, notes } = props.summary
  return (
    <Modal
      title="Import finished"
      onClose={props.onClose}
      testId="import-summary"
      footer={
        <button type="button" className="ui-button ui-button-primary" onClick={props.onClose}>
          OK
        </button>
      }
    >
      <p data-testid="import-counts">
        {plural(imported.length, 'article')} imported as drafts
        {skipped.length > 0 && `, ${skipped.length} not imported`}.
      </p>
      {skipped.length > 0 && (
        <>
          <h3 className="ui-import-summary-heading">Not imported</h3>
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
          <h3 className="ui-import-summary-heading">Worth knowing</h3>
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
