import { useEffect, type JSX } from 'react'
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
  if (latest?.state === 'running') text = 'Publishing…'
  else if (latest?.state === 'waiting') {
    text = `Waiting to publish${latest.nextAttemptAt ? ` · retry at ${formatTime(latest.nextAttemptAt)}` : ''}`
    tone = 'warning'
  } else if (latest?.state === 'conflict') {
    text = 'Publish stopped: the site has a newer version'
    tone = 'warning'
  } else if (latest?.state === 'failed') {
    text = `Publish failed: ${latest.message ?? ''}`
    tone = 'danger'
  }
  const live = [...records]
    .filter((r) => r.state === 'published' || r.state === 'scheduled')
    .sort((a, b) => (a.publishedAt < b.publishedAt ? 1 : -1))[0]
  if (!text && live) {
    const when = formatRelativeTime(live.publishedAt, now, { inSentence: true })
    text = `${live.state === 'scheduled' ? 'Scheduled' : 'Published'} ${when}`
    tone = 'success'
    if (props.changed) {
      text = `Changed since publish · ${text.toLowerCase()} · Update…`
      tone = 'warning'
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
        title="Publish…"
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
                Open
              </button>
            </>
          )
        : null}
    </span>
  )
}
