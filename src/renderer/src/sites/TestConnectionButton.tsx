import { useState, type JSX } from 'react'
import type { ConnectionReport } from '@shared/publish/Publish'
import { copydesk } from '../api/copydesk'
import { messageOf } from '../api/messageOf'

/** Props of {@link TestConnectionButton}. */
export interface TestConnectionButtonProps {
  siteId: string | null
  /** The form holds changes not saved yet: the test would check the old settings. */
  unsaved: boolean
}

/** Asks the site whether Copydesk can publish there, and says plainly what is wrong if not. */
export function TestConnectionButton({ siteId, unsaved }: TestConnectionButtonProps): JSX.Element {
  const [busy, setBusy] = useState(false)
  const [report, setReport] = useState<ConnectionReport | null>(null)

  const test = async () => {
    if (!siteId) return
    setBusy(true)
    setReport(null)
    try {
      setReport(await copydesk().publish.testConnection({ siteId }))
    } catch (error) {
      setReport({ ok: false, message: messageOf(error, 'The connection could not be tested.') })
    } finally {
      setBusy(false)
    }
  }

  const blocked = !siteId || unsaved
  return (
    <div className="field">
      <div className="path-row">
        <button
          type="button"
          className="button"
          data-testid="site-test-connection"
          disabled={blocked || busy}
          onClick={() => void test()}
        >
          {busy ? 'Testing…' : 'Test connection'}
        </button>
        {blocked && (
          <span className="field-help">
            {siteId ? 'Save your changes first.' : 'Save the site first.'}
          </span>
        )}
      </div>
      {report && (
        <p
          className={report.ok ? 'field-help' : 'field-error'}
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
  const [busy, setBusy] = useState(false)
  const [note, setNote] = useState<{ ok: boolean; text: string } | null>(null)

  const fetchTerms = async () => {
    if (!siteId) return
    setBusy(true)
    setNote(null)
    try {
      const { categories } = await copydesk().publish.siteTerms({ siteId })
      onCategories(categories)
      setNote({
        ok: true,
        text:
          categories.length === 0
            ? 'The site has no categories yet; they are created when you publish.'
            : `Added the site’s ${categories.length} ${categories.length === 1 ? 'category' : 'categories'}. Save to keep them.`,
      })
    } catch (error) {
      setNote({ ok: false, text: messageOf(error, 'The categories could not be fetched.') })
    } finally {
      setBusy(false)
    }
  }

  return (
    <div className="field">
      <button
        type="button"
        className="button"
        data-testid="site-fetch-categories"
        disabled={!siteId || unsaved || busy}
        onClick={() => void fetchTerms()}
      >
        {busy ? 'Fetching…' : 'Fetch categories from the site'}
      </button>
      {note && (
        <p className={note.ok ? 'field-help' : 'field-error'} role={note.ok ? 'status' : 'alert'}>
          {note.text}
        </p>
      )}
    </div>
  )
}
