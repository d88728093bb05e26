import type { JSX, ReactNode } from 'react'
import { useTranslation } from 'react-i18next'

/** Which panel the right pane shows. */
export type SideView = 'details' | 'review' | 'history'

/** Props of {@link SidePanel}. */
export interface SidePanelProps {
  side: SideView
  onSide(side: SideView): void
  children?: ReactNode
}

/** The right pane with its Details / Review / History switch. */
export function SidePanel({ side, onSide, children }: SidePanelProps): JSX.Element {
  const { t } = useTranslation()
  const tab = (value: SideView, label: string) => (
    <button
      type="button"
      role="tab"
      aria-selected={side === value}
      className={side === value ? 'ui-tab ui-is-selected' : 'ui-tab'}
      data-testid={`side-${value}`}
      onClick={() => onSide(value)}
    >
      {label}
    </button>
  )
  return (
    <aside className="ui-pane ui-pane-side" aria-label={t(`workspace.tabs.${side}`)}>
      <div className="ui-pane-header ui-tabs" role="tablist">
        {tab('details', t('workspace.tabs.details'))}
        {tab('review', t('workspace.tabs.review'))}
        {tab('history', t('workspace.tabs.history'))}
      </div>
      {/* Focusable, as the ARIA tabs pattern asks: a panel with nothing to focus (a reviewer's
          read-only details) must still scroll from the keyboard. */}
      <div
        className="ui-pane-body"
        role="tabpanel"
        tabIndex={0}
        aria-label={t(`workspace.tabs.${side}`)}
      >
        {children}
      </div>
    </aside>
  )
}
