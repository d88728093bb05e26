import { diffLines } from 'diff'
import type { JSX } from 'react'
import { t } from '@shared/i18n/i18n'
import { formatNumber } from '@shared/format/localeFormat'

/** Lines added and removed between two texts, with unchanged stretches shortened. */
export function TextDiff({ before, after }: { before: string; after: string }): JSX.Element {
  const parts = diffLines(before, after)
  return (
    <pre className="ui-publish-diff" data-testid="publish-diff">
      {parts.map((part, index) => {
        const kind = part.added ? 'added' : part.removed ? 'removed' : 'same'
        const lines = part.value.replace(/\n$/, '').split('\n')
        const sign = part.added ? '+ ' : part.removed ? '- ' : '  '
        // Long unchanged stretches hide what changed; keep a little context around it.
        const shown =
          kind === 'same' && lines.length > 6
            ? [
                ...lines.slice(0, 2),
                t('publish.plan.unchangedLines', { formatted: formatNumber(lines.length - 4) }),
                ...lines.slice(-2),
              ]
            : lines
        return (
          <span key={index} className={`ui-publish-diff-${kind}`}>
            {shown.map((line) => `${sign}${line}\n`).join('')}
          </span>
        )
      })}
    </pre>
  )
}
