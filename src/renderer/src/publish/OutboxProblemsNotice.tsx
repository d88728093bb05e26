import type { JSX } from 'react'
import { useTranslation } from 'react-i18next'
import { formatNumber } from '@shared/format/localeFormat'
import { useBridgeQuery } from '../api/useBridgeQuery'

/**
 * Says which publish jobs could not be read from the outbox: a damaged one was set aside, one
 * from a newer Copydesk waits for it. The other jobs carry on; nothing shows when all is well.
 */
export function OutboxProblemsNotice(): JSX.Element | null {
  const { t } = useTranslation()
  // Only a notice: when it cannot be had (an error), the dialog works without it.
  const problems = useBridgeQuery([], (api) => api.publish.outboxProblems()).data ?? []

  if (problems.length === 0) return null
  const damaged = problems.filter((p) => p.kind === 'damaged').length
  const newer = problems.length - damaged
  const parts = [
    damaged > 0
      ? t('publish.outbox.damaged', { count: damaged, formatted: formatNumber(damaged) })
      : null,
    newer > 0 ? t('publish.outbox.newer', { count: newer, formatted: formatNumber(newer) }) : null,
  ].filter((part): part is string => part !== null)
  return (
    <div className="ui-publish-outbox-problems" role="status" data-testid="outbox-problems">
      <p>{t('publish.outbox.others', { problems: parts.join(t('publish.outbox.joiner')) })}</p>
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
