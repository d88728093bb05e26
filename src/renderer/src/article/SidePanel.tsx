import type { JSX, ReactNode } from 'react'

/** Which panel the right pane shows. */
export type SideView = 'details' | 'review' | 'history'

const LABELS: Record<SideView, string> = {
  details: 'Details',
  review: 'Review',
  history: 'History',
}

/** Props of {@link SidePanel}. */
export interface SidePanelProps {
  side: SideView
  onSide(side: SideView): void
  children?: ReactNode
}

/** The right pane with its Details / Review / History switch. */
export function SidePanel({ side, onSide, children }: SidePanelProps): JSX.Element {
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
    <aside className="ui-pane ui-pane-side" aria-label={LABELS[side]}>
      <div className="ui-pane-header ui-tabs" role="tablist">
        {tab('details', LABELS.details)}
        {tab('review', LABELS.review)}
        {tab('history', LABELS.history)}
      </div>
      <div className="ui-pane-body" role="tabpanel">
        {children}
      </div>
    </aside>
  )
}
