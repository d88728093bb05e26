import type { JSX } from 'react'
import { useTranslation } from 'react-i18next'
import { formatNumber } from '@shared/format/localeFormat'
import type { PlanChange, PublishPlan } from '@shared/publish/Publish'
import { TextDiff } from './TextDiff'

/** What publishing will do, one change per line; text changes open to a diff. */
export function PlanView({ plan }: { plan: PublishPlan }): JSX.Element {
  const { t } = useTranslation()
  const actionName = (action: PlanChange['action']): string => t(`publish.plan.actions.${action}`)
  return (
    <div className="ui-publish-plan" data-testid="publish-plan">
      <p className="ui-publish-plan-summary">{plan.summary}</p>
      {/* Files, posts and diffs are for whoever wants them; the sentence above is the lead. */}
      <details className="ui-publish-plan-details" data-testid="publish-plan-details">
        <summary>
          {t('publish.plan.show', {
            count: plan.changes.length,
            formatted: formatNumber(plan.changes.length),
          })}
        </summary>
        <ul className="ui-publish-changes">
          {plan.changes.map((change, index) => {
            const hasText = change.before !== null || change.after !== null
            return (
              <li key={`${change.target}:${index}`} className="ui-publish-change">
                {hasText ? (
                  <details open={change.before !== null && plan.changes.length <= 3}>
                    <summary>
                      <span className={`ui-publish-action ui-publish-action-${change.action}`}>
                        {actionName(change.action)}
                      </span>{' '}
                      {change.target}
                    </summary>
                    <TextDiff before={change.before ?? ''} after={change.after ?? ''} />
                  </details>
                ) : (
                  <>
                    <span className={`ui-publish-action ui-publish-action-${change.action}`}>
                      {actionName(change.action)}
                    </span>{' '}
                    {change.target}
                  </>
                )}
              </li>
            )
          })}
        </ul>
      </details>
    </div>
  )
}
