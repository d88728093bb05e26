import type { JSX } from 'react'
import { useTranslation } from 'react-i18next'
import { t } from '@shared/i18n/i18n'
import type { LiveCheck, PublishJob } from '@shared/publish/Publish'
import { BuildLine } from './BuildLine'
import { formatDuration, formatNumber, formatTime } from '@shared/format/localeFormat'
import { openUrl } from './openUrl'

/** Props of {@link JobView}. */
export interface JobViewProps {
  job: PublishJob
  siteName: string
  onRetry(): void
  onCancel(): void
  onResolve(choice: 'overwrite' | 'stop'): void
  onError(message: string): void
}

function runningTitle(job: PublishJob, site: string): string {
  if (job.action === 'publish') return t('publish.job.publishingTo', { site })
  return job.unpublishMode === 'draft'
    ? t('publish.job.revertingTo', { site })
    : t('publish.job.removingFrom', { site })
}

function doneTitle(job: PublishJob, site: string): string {
  if (job.action === 'unpublish') {
    return job.result?.state === 'removed'
      ? t('publish.job.removed', { site })
      : t('publish.job.nowDraft', { site })
  }
  return job.result?.state === 'scheduled'
    ? t('publish.job.scheduled', { site })
    : t('publish.job.published', { site })
}

/** Extra facts of a result a person may want: the commit, the post's id. */
function resultDetails(job: PublishJob): string[] {
  const result = job.result
  if (!result) return []
  const details: string[] = []
  const commit = result.extra.commit
  if (typeof commit === 'string')
    details.push(t('publish.job.commit', { commit: commit.slice(0, 7) }))
  if (result.path) details.push(result.path)
  if (result.remoteId && typeof commit !== 'string')
    details.push(t('publish.job.post', { id: result.remoteId }))
  return details
}

/** Whether the site shows the post yet: checking, live, or not live with what it answered. */
function LiveLine(props: { live: LiveCheck; builds: boolean; onStop(): void }): JSX.Element {
  const { live } = props
  const { t } = useTranslation()
  switch (live.state) {
    case 'checking':
      return (
        <p className="ui-publish-live" data-testid="publish-live" data-state="checking">
          {t('publish.live.checking')}
          {live.lastSeen && <span className="ui-hint"> {live.lastSeen}</span>}{' '}
          <button type="button" className="ui-button ui-button-small" onClick={props.onStop}>
            {t('publish.live.stopChecking')}
          </button>
        </p>
      )
    case 'live':
      return (
        <p
          className="ui-publish-live ui-publish-live-ok"
          data-testid="publish-live"
          data-state="live"
        >
          {t('publish.live.live', { duration: formatDuration(live.tookMs) })}
        </p>
      )
    case 'not-live':
      return (
        <p
          className="ui-publish-live ui-publish-live-late"
          data-testid="publish-live"
          data-state="not-live"
        >
          {t('publish.live.notLive', { duration: formatDuration(live.tookMs) })}{' '}
          {props.builds ? t('publish.live.buildMayHaveFailed') : t('publish.live.addressOld')}
          {live.lastSeen && <span className="ui-hint"> {live.lastSeen}</span>}
        </p>
      )
    case 'stopped':
      return (
        <p className="ui-publish-live ui-hint" data-testid="publish-live" data-state="stopped">
          {t('publish.live.stopped')}
        </p>
      )
  }
}

/** A job's state: progress, the result with its URL, waiting, a conflict or a failure. */
export function JobView(props: JobViewProps): JSX.Element {
  const { job } = props
  const { t } = useTranslation()
  switch (job.state) {
    case 'running': {
      const progress = job.progress
      return (
        <div className="ui-publish-job" data-testid="publish-progress" role="status">
          <p className="ui-publish-job-title">{runningTitle(job, props.siteName)}</p>
          <progress
            className="ui-publish-progress"
            value={progress?.done ?? 0}
            max={Math.max(progress?.total ?? 1, 1)}
          />
          <p className="ui-hint">
            {progress
              ? t('publish.job.step', {
                  step: progress.step,
                  done: formatNumber(progress.done),
                  total: formatNumber(progress.total),
                })
              : t('publish.job.starting')}
          </p>
        </div>
      )
    }
    case 'waiting':
      return (
        <div
          className="ui-publish-job ui-publish-job-waiting"
          data-testid="publish-waiting"
          role="status"
        >
          <p className="ui-publish-job-title">
            {job.nextAttemptAt
              ? t('publish.job.waitingUntil', { time: formatTime(job.nextAttemptAt) })
              : t('publish.job.waiting')}
          </p>
          {job.message && <p className="ui-hint">{job.message}</p>}
          <div className="ui-publish-actions">
            <button type="button" className="ui-button" onClick={props.onCancel}>
              {t('publish.cancel')}
            </button>
            <button
              type="button"
              className="ui-button ui-button-primary"
              data-testid="publish-retry"
              onClick={props.onRetry}
            >
              {t('publish.job.retryNow')}
            </button>
          </div>
        </div>
      )
    case 'done': {
      const url = job.result?.url ?? null
      const removed = job.result?.state === 'removed'
      const title = doneTitle(job, props.siteName)
      return (
        <div
          className="ui-publish-job ui-publish-job-done"
          data-testid="publish-done"
          role="status"
        >
          <p className="ui-publish-job-title">{title}</p>
          {url && !removed && (
            <p>
              <a
                href={url}
                className="ui-publish-url"
                data-testid="publish-url"
                onClick={(event) => {
                  event.preventDefault()
                  openUrl(url, props.onError)
                }}
              >
                {url}
              </a>
            </p>
          )}
          {job.build && <BuildLine build={job.build} sent />}
          {job.live && (
            <LiveLine live={job.live} builds={job.result?.kind === 'git'} onStop={props.onCancel} />
          )}
          {job.message && <p className="ui-hint">{job.message}</p>}
          {resultDetails(job).map((detail) => (
            <p key={detail} className="ui-hint ui-mono">
              {detail}
            </p>
          ))}
        </div>
      )
    }
    case 'conflict':
      return (
        <div className="ui-publish-job" data-testid="publish-conflict">
          <p className="ui-publish-job-title">
            {t('publish.job.conflict', { site: props.siteName })}
          </p>
          {job.message && <p className="ui-hint">{job.message}</p>}
          <div className="ui-publish-conflict">
            <section>
              <h3>{t('publish.job.yours')}</h3>
              <pre>{job.conflict?.ours ?? ''}</pre>
            </section>
            <section>
              <h3>{t('publish.job.theirs')}</h3>
              <pre>{job.conflict?.theirs ?? ''}</pre>
            </section>
          </div>
          <div className="ui-publish-actions">
            <button type="button" className="ui-button" onClick={() => props.onResolve('stop')}>
              {t('publish.job.stop')}
            </button>
            <button
              type="button"
              className="ui-button ui-button-danger"
              data-testid="publish-overwrite"
              onClick={() => props.onResolve('overwrite')}
            >
              {t('publish.job.overwrite')}
            </button>
          </div>
        </div>
      )
    case 'failed':
      return (
        <div
          className="ui-publish-job ui-publish-job-failed"
          data-testid="publish-failed"
          role="alert"
        >
          <p className="ui-publish-job-title">
            {job.action === 'publish'
              ? t('publish.job.publishFailed')
              : t('publish.job.unpublishFailed')}
          </p>
          {job.build?.state === 'failed' ? (
            <BuildLine build={job.build} sent={false} />
          ) : (
            <p>{job.message}</p>
          )}
          <div className="ui-publish-actions">
            <button type="button" className="ui-button" onClick={props.onRetry}>
              {t('publish.job.tryAgain')}
            </button>
          </div>
        </div>
      )
    case 'cancelled':
      return (
        <div className="ui-publish-job" data-testid="publish-cancelled">
          <p className="ui-publish-job-title">{t('publish.job.cancelled')}</p>
        </div>
      )
  }
}
