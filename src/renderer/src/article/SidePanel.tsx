import type { JSX, ReactNode } from 'react'

/** Props of {@link SidePanel}. */
export interface SidePanelProps {
  side: 'details' | 'history'
  onSide(side: 'details' | 'history'): void
  children?: ReactNode
}

/** The right pane with its Details / History switch. */
export function SidePanel({ side, onSide, children }: SidePanelProps): JSX.Element {
  const tab = (value: 'details' | 'history', label: string) => (
    <button
      type="button"
      role="tab"
      aria-selected={side === value}
      className={side === value ? 'tab is-selected' : 'tab'}
      data-testid={`side-${value}`}
      onClick={() => onSide(value)}
    >
      {label}
    </button>
  )
  return (
    <aside className="pane pane-side" aria-label={side === 'history' ? 'History' : 'Details'}>
      <div className="pane-header tabs" role="tablist">
        {tab('details', 'Details')}
        {tab('history', 'History')}
      </div>
      <div className="pane-body" role="tabpanel">
        {children}
      </div>
    </aside>
  )
}
