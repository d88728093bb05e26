import type { JSX } from 'react'
import { useBridgeQuery } from '../api/useBridgeQuery'

/**
 * Says which publish jobs could not be read from the outbox: a damaged one was set aside, one
 * from a newer Copydesk waits for it. The other jobs carry on; nothing shows when all is well.
 */
export function OutboxProblemsNotice(): JSX.Element | null {
  // Only a notice: when it cannot be had (an error), the dialog works without it.
  const problems = useBridgeQuery([], (api) => api.publish.outboxProblems()).data ?? []

  if (problems.length === 0) return null
  const damaged = problems.filter((p) => p.kind === 'damaged').length
  const newer = problems.length - damaged
  const parts = [
    damaged > 0
      ? `${damaged} publish job${damaged === 1 ? ' was' : 's were'} damaged and set aside in the library’s outbox/quarantine folder`
      : null,
    newer > 0
      ? `${newer} publish job${newer === 1 ? ' was' : 's were'} saved by a newer version of Copydesk and wait${newer === 1 ? 's' : ''} for it`
      : null,
  ].filter(Boolean)
  return (
    <div className="ui-publish-outbox-problems" role="status" data-testid="outbox-problems">
      <p>{parts.join('; ')}. Your other publish jobs are not affected.</p>
      <ul>
        {problems.map((p) => (
          <li key={p.file}>
            <code>{p.file}</code>: {p.message}
          </li>
        ))}
      </ul>
    </div>
  )
}
