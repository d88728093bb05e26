import type { JSX } from 'react'
import { useBridgeQuery } from '../api/useBridgeQuery'
import { Modal } from '../ui/Modal'

/** Name, version and where Copydesk is running. */
export function AboutDialog({ onClose }: { onClose(): void }): JSX.Element {
  const info = useBridgeQuery([], (api) => api.app.info()).data
  return (
    <Modal
      title="About Copydesk"
      onClose={onClose}
      testId="about-dialog"
      footer={
        <button type="button" className="ui-button ui-button-primary" onClick={onClose}>
          Close
        </button>
      }
    >
      <p>Draft articles offline, fill in their details and keep every version.</p>
      {info && (
        <p className="ui-muted">
          Version {info.version} · {info.platform} ·{' '}
          {info.runtime === 'electron' ? 'desktop app' : 'browser window'}
        </p>
      )}
    </Modal>
  )
}
