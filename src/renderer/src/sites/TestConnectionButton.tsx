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
