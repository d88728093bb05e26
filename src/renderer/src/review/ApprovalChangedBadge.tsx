import type { JSX } from 'react'

/** Marks an approved article edited since: what would go out is not what was approved. */
export function ApprovalChangedBadge(): JSX.Element {
  return (
    <span
      className="ui-badge ui-badge-changed"
      data-testid="changed-since-approval"
      title="Changed after approval: the edits since are not reviewed."
    >
      Changed after approval
    </span>
  )
}
