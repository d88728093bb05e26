import type { JSX } from 'react'
import type { LiveCheck, PublishJob } from '@shared/publish/Publish'
import { BuildLine } from './BuildLine'
import { formatDuration, formatTime } from '@shared/format/localeFormat'
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

function verb(job: PublishJob): string {
  if (job.action === 'publish') return 'Publishing'
  return job.unpublishMode === 'draft' ? 'Reverting to draft' : 'Removing'
}

/** Extra facts of a result a person may want: the commit, the post's id. */
function resultDetails(job: PublishJob): string[] {
  const result = job.result
  if (!result) return []
  const details: string[] = []
  const commit = result.extra.commit
  if (typeof commit === 'string') details.push(`Commit ${commit.slice(0, 7)}`)
  if (result.path) details.push(result.path)
  if (result.remoteId && typeof commit !== 'string') details.push(`Post ${result.remoteId}`)
  return details
}

/** Whether the site shows the post yet: checking, live, or not live with what it answered. */
function LiveLine(props: { live: LiveCheck; builds: boolean; onStop(): void }): JSX.Element {
  const { live } = props
  switch (live.state) {
    case 'checking':
      return (
        <p className="ui-publish-live" data-testid="publish-live" data-state="checking">
          Checking that the site shows it…
          {live.lastSeen && <span className="ui-hint"> {live.lastSeen}</span>}{' '}
          <button type="button" className="ui-button ui-button-small" onClick={props.onStop}>
            Stop checking
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
          Live · took {formatDuration(live.tookMs)}
        </p>
      )
    case 'not-live':
      return (
        <p
          className="ui-publish-live ui-publish-live-late"
          data-testid="publish-live"
          data-state="not-live"
        >
          Not live after {formatDuration(live.tookMs)} —{' '}
          {props.builds
            ? 'the site’s build may have failed.'
            : 'the post’s address does not show the new text.'}
          {live.lastSeen && <span className="ui-hint"> {live.lastSeen}</span>}
        </p>
      )
    case 'stopped':
      return (
        <p className="ui-publish-live ui-hint" data-testid="publish-live" data-state="stopped">
          Stopped checking that the site shows it.
        </p>
      )
  }
}

/** A job's state: progress, the result with its URL, waiting, a conflict or a failure. */
export function JobView(props: JobViewProps): JSX.Element {
  const { job } = props
  switch (job.state) {
    case 'running': {
      const progress = job.progress
      return (
        <div className="ui-publish-job" data-testid="publish-progress" role="status">
          <p className="ui-publish-job-title">
            {verb(job)} to {props.siteName}…
          </p>
          <progress
            className="ui-publish-progress"
            value={progress?.done ?? 0}
            max={Math.max(progress?.total ?? 1, 1)}
          />
          <p className="ui-hint">
            {progress ? `${progress.step} (${progress.done} of ${progress.total})` : 'Starting…'}
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
            Waiting to publish
            {job.nextAttemptAt ? ` — will retry at ${formatTime(job.nextAttemptAt)}` : ''}
          </p>
          {job.message && <p className="ui-hint">{job.message}</p>}
          <div className="ui-publish-actions">
            <button type="button" className="ui-button" onClick={props.onCancel}>
              Cancel
            </button>
            <button
              type="button"
              className="ui-button ui-button-primary"
              data-testid="publish-retry"
              onClick={props.onRetry}
            >
              Retry now
            </button>
          </div>
        </div>
      )
    case 'done': {
      const url = job.result?.url ?? null
      const removed = job.result?.state === 'removed'
      const title =
        job.action === 'unpublish'
          ? removed
            ? `Removed from ${props.siteName}.`
            : `Now a draft on ${props.siteName}.`
          : job.result?.state === 'scheduled'
            ? `Scheduled on ${props.siteName}.`
            : `Published to ${props.siteName}.`
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
          <p className="ui-publish-job-title">Someone changed this post on {props.siteName}.</p>
          {job.message && <p className="ui-hint">{job.message}</p>}
          <div className="ui-publish-conflict">
            <section>
              <h3>Your version</h3>
              <pre>{job.conflict?.ours ?? ''}</pre>
            </section>
            <section>
              <h3>On the site now</h3>
              <pre>{job.conflict?.theirs ?? ''}</pre>
            </section>
          </div>
          <div className="ui-publish-actions">
            <button type="button" className="ui-button" onClick={() => props.onResolve('stop')}>
              Stop
            </button>
            <button
              type="button"
              className="ui-button ui-button-danger"
              data-testid="publish-overwrite"
              onClick={() => props.onResolve('overwrite')}
            >
              Overwrite
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
            {job.action === 'publish' ? 'Publish failed' : 'Unpublish failed'}
          </p>
          {job.build?.state === 'failed' ? (
            <BuildLine build={job.build} sent={false} />
          ) : (
            <p>{job.message}</p>
          )}
          <div className="ui-publish-actions">
            <button type="button" className="ui-button" onClick={props.onRetry}>
              Try again
            </button>
          </div>
        </div>
      )
    case 'cancelled':
      return (
        <div className="ui-publish-job" data-testid="publish-cancelled">
          <p className="ui-publish-job-title">Cancelled.</p>
        </div>
      )
  }
}
