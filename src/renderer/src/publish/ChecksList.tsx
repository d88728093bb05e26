import type { JSX } from 'react'
import { useTranslation } from 'react-i18next'
import type { PublishCheck } from '@shared/publish/Publish'

/** Pre-flight results: what blocks publishing first, then warnings and notes. */
export function ChecksList({ checks }: { checks: PublishCheck[] }): JSX.Element | null {
  const { t } = useTranslation()
  if (checks.length === 0) return null
  const order: PublishCheck['level'][] = ['error', 'warning', 'info']
  const sorted = [...checks].sort((a, b) => order.indexOf(a.level) - order.indexOf(b.level))
  return (
    <ul className="ui-publish-checks" data-testid="publish-checks">
      {sorted.map((check) => (
        <li
          key={`${check.code}:${check.message}`}
          className={`ui-publish-check ui-publish-check-${check.level}`}
          data-level={check.level}
        >
          <span className="ui-publish-check-label">{t(`publish.checks.${check.level}`)}</span>
          <span>{check.message}</span>
        </li>
      ))}
    </ul>
  )
}
