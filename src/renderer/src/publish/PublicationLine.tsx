import { useEffect, type JSX } from 'react'
import { useTranslation } from 'react-i18next'
import { useBridgeQuery } from '../api/useBridgeQuery'
import { formatRelativeTime, formatTime } from '@shared/format/localeFormat'
import { useNow } from '../library/useNow'
import { openUrl } from './openUrl'
import { usePublishJobs } from './usePublishJobs'

/** Props of {@link PublicationLine}. */
export interface PublicationLineProps {
  articleId: string
  /** Changes when a publish may have changed something; the line asks again. */
  generation: number
  /** The article changed since its live post was published (the site shows an older one). */
  changed?: boolean
  onOpenDialog(): void
  onError(message: string): void
}

/**
 * The article's publication state in the status bar: "Published 5 min ago · Open", "Waiting
 * to publish", "Publish failed: …". Clicking it opens the publish dialog.
 */
export function PublicationLine(props: PublicationLineProps): JSX.Element | null {
  const { articleId, generation } = props
  const { jobs, refresh } = usePublishJobs(articleId)
  const now = useNow()
  const { t } = useTranslation()

  const latest = jobs?.[0] ?? null
  const latestState = latest ? `${latest.id}:${latest.state}` : ''
  useEffect(() => {
    void refresh()
  }, [generation, refresh])
  const records =
    useBridgeQuery([articleId, generation, latestState], (api) =>
      api.publish.records({ articleId }),
    ).data ?? []

  let text: string | null = null
  let tone = ''
  if (latest?.state === 'running') text = t('publish.line.publishing')
  else if (latest?.state === 'waiting') {
    text = latest.nextAttemptAt
      ? t('publish.line.waitingUntil', { time: formatTime(latest.nextAttemptAt) })
      : t('publish.line.waiting')
    tone = 'warning'
  } else if (latest?.state === 'conflict') {
    text = t('publish.line.conflict')
    tone = 'warning'
  } else if (latest?.state === 'failed') {
    text = t('publish.line.failed', { message: latest.message ?? '' })
    tone = 'danger'
  }
  const live = [...records]
    .filter((r) => r.state === 'published' || r.state === 'scheduled')
    .sort((a, b) => (a.publishedAt < b.publishedAt ? 1 : -1))[0]
  if (!text && live) {
    const when = formatRelativeTime(live.publishedAt, now, { inSentence: true })
    const scheduled = live.state === 'scheduled'
    if (props.changed) {
      text = scheduled
        ? t('publish.line.changedScheduled', { when })
        : t('publish.line.changedPublished', { when })
      tone = 'warning'
    } else {
      text = scheduled
        ? t('publish.line.scheduled', { when })
        : t('publish.line.published', { when })
      tone = 'success'
    }
  }
  if (!text) return null
  return (
    <span
      className={`ui-publication-line ui-publication-line-${tone}`}
      data-testid="publication-line"
    >
      <button
        type="button"
        className="ui-link-button"
        title={t('publish.line.tooltip')}
        onClick={props.onOpenDialog}
      >
        {text}
      </button>
      {!latest || latest.state === 'done' || latest.state === 'cancelled'
        ? live?.url && (
            <>
              <span aria-hidden="true"> · </span>
              <button
                type="button"
                className="ui-link-button"
                data-testid="publication-open"
                onClick={() => live.url && openUrl(live.url, props.onError)}
              >
                {t('publish.line.open')}
              </button>
            </>
          )
        : null}
    </span>
  )
}
