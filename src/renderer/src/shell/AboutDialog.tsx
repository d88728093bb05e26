import { useEffect, useState, type JSX } from 'react'
import type { AppInfo } from '@shared/ipc/contract'
import { copydesk } from '../api/copydesk'
import { Modal } from '../ui/Modal'

/** Name, version and where Copydesk is running. */
export function AboutDialog({ onClose }: { onClose(): void }): JSX.Element {
  const [info, setInfo] = useState<AppInfo | null>(null)
  useEffect(() => {
    let current = true
    copydesk()
      .app.info()
      .then(
        (next) => current && setInfo(next),
        () => undefined,
      )
    return () => {
      current = false
    }
  }, [])
  return (
    <Modal
      title="About Copydesk"
      onClose={onClose}
      testId="about-dialog"
      footer={
        <button type="button" className="button button-primary" onClick={onClose}>
          Close
        </button>
      }
    >
      <p>Draft articles offline, fill in their details and keep every version.</p>
      {info && (
        <p className="muted">
          Version {info.version} · {info.platform} ·{' '}
          {info.runtime === 'electron' ? 'desktop app' : 'browser window'}
        </p>
      )}
    </Modal>
  )
}
