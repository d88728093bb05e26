import { useEffect, useRef, useState, type JSX } from 'react'
import { useTranslation } from 'react-i18next'
import type { ConnectionReport } from '@shared/publish/Publish'
import { useBridgeAction } from '../api/useBridgeAction'

/** Props of {@link TestConnectionButton}. */
export interface TestConnectionButtonProps {
  siteId: string | null
  /** The form holds changes not saved yet: the test would check the old settings. */
  unsaved: boolean
}

/** Asks the site whether Copydesk can publish there, and says plainly what is wrong if not. */
export function TestConnectionButton({ siteId, unsaved }: TestConnectionButtonProps): JSX.Element {
  const { t } = useTranslation()
  const [report, setReport] = useState<ConnectionReport | null>(null)
  const testing = useBridgeAction(
    (api, id: string) => api.publish.testConnection({ siteId: id }),
    t('sitesForm.publishing.testFailed'),
  )
  const busy = testing.busy
  const reportRef = useRef<HTMLParagraphElement>(null)
  // The answer may land below the dialog's fold: bring it into view so the click visibly did
  // something. (A block body: newer Chromium's scrollIntoView returns a promise, not a cleanup.)
  useEffect(() => {
    reportRef.current?.scrollIntoView?.({ block: 'nearest' })
  }, [report])

  const test = async () => {
    if (!siteId) return
    setReport(null)
    const outcome = await testing.run(siteId)
    setReport(outcome.ok ? outcome.value : { ok: false, message: outcome.error })
  }

  const blocked = !siteId || unsaved
  return (
    <div className="ui-field">
      <div className="ui-path-row">
        <button
          type="button"
          className="ui-button"
          data-testid="site-test-connection"
          disabled={blocked || busy}
          onClick={() => void test()}
        >
          {busy ? t('sitesForm.publishing.testing') : t('sitesForm.publishing.test')}
        </button>
        {blocked && (
          <span className="ui-field-help">
            {siteId
              ? t('sitesForm.publishing.saveChangesFirst')
              : t('sitesForm.publishing.saveSiteFirst')}
          </span>
        )}
      </div>
      {report && (
        <p
          ref={reportRef}
          className={report.ok ? 'ui-field-help' : 'ui-field-error'}
          role={report.ok ? 'status' : 'alert'}
          data-testid="site-connection-report"
          data-ok={report.ok ? 'yes' : 'no'}
        >
          {report.ok ? '✓ ' : ''}
          {report.message}
        </p>
      )}
    </div>
  )
}

/** Props of {@link FetchCategoriesButton}. */
export interface FetchCategoriesButtonProps extends TestConnectionButtonProps {
  onCategories(categories: string[]): void
}

/** Fills the site's category list from the categories the site itself has. */
export function FetchCategoriesButton({
  siteId,
  unsaved,
  onCategories,
}: FetchCategoriesButtonProps): JSX.Element {
  const { t } = useTranslation()
  const [note, setNote] = useState<{ ok: boolean; text: string } | null>(null)
  const fetching = useBridgeAction(
    (api, id: string) => api.publish.siteTerms({ siteId: id }),
    t('sitesForm.publishing.fetchFailed'),
  )
  const busy = fetching.busy

  const fetchTerms = async () => {
    if (!siteId) return
    setNote(null)
    const outcome = await fetching.run(siteId)
    if (outcome.ok) {
      const { categories } = outcome.value
      onCategories(categories)
      setNote({
        ok: true,
        text:
          categories.length === 0
            ? t('sitesForm.publishing.noCategories')
            : t('sitesForm.publishing.categoriesAdded', { count: categories.length }),
      })
    } else {
      setNote({ ok: false, text: outcome.error })
    }
  }

  return (
    <div className="ui-field">
      <button
        type="button"
        className="ui-button"
        data-testid="site-fetch-categories"
        disabled={!siteId || unsaved || busy}
        onClick={() => void fetchTerms()}
      >
        {busy ? t('sitesForm.publishing.fetching') : t('sitesForm.publishing.fetch')}
      </button>
      {note && (
        <p
          className={note.ok ? 'ui-field-help' : 'ui-field-error'}
          role={note.ok ? 'status' : 'alert'}
        >
          {note.text}
        </p>
      )}
    </div>
  )
}
