import { useEffect, useRef, useState, type JSX } from 'react'
import { useTranslation } from 'react-i18next'
import type { PlanResult } from '@shared/ipc/channels/publish'
import type { PublicationRecord, PublishJob, UnpublishMode } from '@shared/publish/Publish'
import type { CopydeskClient } from '../api/copydesk'
import { useBridgeAction } from '../api/useBridgeAction'
import { useBridgeQuery } from '../api/useBridgeQuery'
import { Modal } from '../ui/Modal'
import { ChecksList } from './ChecksList'
import { JobView } from './JobView'
import { OutboxProblemsNotice } from './OutboxProblemsNotice'
import { PlanView } from './PlanView'
import { usePublishJobs } from './usePublishJobs'

/** Props of {@link PublishDialog}. */
export interface PublishDialogProps {
  articleId: string
  /** The site the article is written for; preselected. */
  siteId: string | null
  /** Saves pending edits, so what is checked and sent is what the writer sees. */
  flush(): Promise<boolean>
  /** A job of this dialog finished; the article's status and record may have changed. */
  onFinished(job: PublishJob): void
  onClose(): void
}

const ACTIVE = new Set<PublishJob['state']>(['running', 'waiting', 'conflict'])

/**
 * Publish an article: pick the site, read the pre-flight results and the plan, publish, follow
 * the progress, and see the result with its URL. Also unpublishes (remove, or back to draft).
 */
export function PublishDialog(props: PublishDialogProps): JSX.Element {
  const { articleId } = props
  const { t } = useTranslation()
  const [chosenSiteId, setSiteId] = useState<string | null>(null)
  const [jobError, setError] = useState<string | null>(null)
  const [jobId, setJobId] = useState<string | null>(null)
  const [unpublishMode, setUnpublishMode] = useState<UnpublishMode>('remove')
  const { jobs, refresh } = usePublishJobs(articleId)
  const [planGeneration, setPlanGeneration] = useState(0)

  const sitesQuery = useBridgeQuery([], (api) => api.publish.sites())
  const sites = sitesQuery.data
  // The preselected site is where the dialog starts, until the person picks another.
  const preferred =
    sites?.find((s) => s.id === props.siteId) ?? sites?.find((s) => s.kind) ?? sites?.[0]
  const siteId = chosenSiteId ?? preferred?.id ?? null

  const site = sites?.find((s) => s.id === siteId) ?? null
  const jobForSite = jobs?.find((j) => j.siteId === siteId) ?? null
  const job =
    jobs?.find((j) => j.id === jobId) ??
    (jobForSite && ACTIVE.has(jobForSite.state) ? jobForSite : null)

  const siteKind = site?.kind ?? null
  const { flush } = props
  const planQuery = useBridgeQuery(
    [articleId, siteId, siteKind, planGeneration],
    async (api) => {
      await flush()
      const [result, records] = await Promise.all([
        api.publish.plan({ articleId, siteId: siteId ?? '' }),
        api.publish.records({ articleId }),
      ])
      return { result, record: records.find((r) => r.siteId === siteId) ?? null }
    },
    { enabled: siteId !== null && siteKind !== null },
  )
  // While a new plan is made the old one is not shown: it belongs to another site or moment.
  const plannedNow = planQuery.loading ? null : planQuery.data
  const planned: PlanResult | null = plannedNow?.result ?? null
  const record: PublicationRecord | null = plannedNow?.record ?? null

  // Tell the app once a job of this dialog ends, so the article shows its new state.
  const reported = useRef(new Set<string>())
  useEffect(() => {
    if (!job || job.state === 'running' || reported.current.has(`${job.id}:${job.state}`)) return
    reported.current.add(`${job.id}:${job.state}`)
    if (job.state === 'done') props.onFinished(job)
  }, [job, props])

  const action = useBridgeAction((api, run: (api: CopydeskClient) => Promise<PublishJob>) =>
    run(api),
  )
  const busy = action.busy
  const error = jobError ?? action.error ?? planQuery.error ?? sitesQuery.error

  const act = async (run: (api: CopydeskClient) => Promise<PublishJob>): Promise<void> => {
    setError(null)
    const outcome = await action.run(run)
    if (!outcome.ok) return
    setJobId(outcome.value.id)
    refresh()
  }

  const publish = (): void => {
    if (!siteId) return
    void act(async (api) => {
      await props.flush()
      return api.publish.start({ articleId, siteId })
    })
  }
  const unpublish = (): void => {
    if (!siteId) return
    void act((api) => api.publish.unpublish({ articleId, siteId, mode: unpublishMode }))
  }

  const blocked = planned?.checks.some((c) => c.level === 'error') ?? true
  const showingJob = job !== null && (jobId !== null || ACTIVE.has(job.state))
  const canUnpublish =
    record !== null && record.state !== 'removed' && !showingJob && site?.kind !== null

  const footer = showingJob ? (
    <>
      {job.state !== 'running' && job.state !== 'waiting' && job.state !== 'conflict' && (
        <button
          type="button"
          className="ui-button"
          onClick={() => {
            setJobId(null)
            setPlanGeneration((g) => g + 1)
          }}
        >
          {t('publish.back')}
        </button>
      )}
      <button
        type="button"
        className={job.state === 'done' ? 'ui-button ui-button-primary' : 'ui-button'}
        data-testid="publish-close"
        onClick={props.onClose}
      >
        {job.state === 'running' ? t('publish.inBackground') : t('publish.close')}
      </button>
    </>
  ) : (
    <>
      <button type="button" className="ui-button" onClick={props.onClose}>
        {t('publish.cancel')}
      </button>
      <button
        type="button"
        className="ui-button ui-button-primary"
        data-testid="publish-confirm"
        disabled={
          busy ||
          blocked ||
          !site?.kind ||
          (planned?.plan === null && planned.siteUnreachable !== true)
        }
        onClick={publish}
      >
        {record && record.state !== 'removed'
          ? t('publish.update')
          : planned?.checks.some((c) => c.code === 'not-approved')
            ? t('publish.withoutApproval')
            : t('publish.publish')}
      </button>
    </>
  )

  return (
    <Modal
      title={t('publish.title')}
      onClose={props.onClose}
      footer={footer}
      testId="publish-dialog"
    >
      <div className="ui-publish-dialog">
        <OutboxProblemsNotice />
        {sites !== null && sites.length === 0 && (
          <p className="ui-hint" data-testid="publish-no-sites">
            {t('publish.noSites')}
          </p>
        )}
        {sites !== null && sites.length > 0 && (
          <label className="ui-field">
            <span className="ui-field-label">{t('publish.site')}</span>
            <select
              className="ui-input"
              data-testid="publish-site"
              value={siteId ?? ''}
              disabled={showingJob}
              onChange={(event) => {
                setJobId(null)
                setSiteId(event.target.value)
              }}
            >
              {sites.map((s) => (
                <option key={s.id} value={s.id}>
                  {s.kind ? s.name : t('publish.notSetUp', { site: s.name })}
                </option>
              ))}
            </select>
          </label>
        )}
        {site && !site.kind && (
          <p className="ui-hint" data-testid="publish-no-target">
            {t('publish.noTarget', { site: site.name })}
          </p>
        )}
        {error && (
          <p className="ui-publish-error" role="alert" data-testid="publish-error">
            {error}
          </p>
        )}
        {showingJob && site ? (
          <JobView
            job={job}
            siteName={site.name}
            onError={setError}
            onRetry={() => void act((api) => api.publish.retry({ jobId: job.id }))}
            onCancel={() => void act((api) => api.publish.cancel({ jobId: job.id }))}
            onResolve={(choice) =>
              void act((api) => api.publish.resolveConflict({ jobId: job.id, choice }))
            }
          />
        ) : (
          site?.kind && (
            <>
              {planned === null && !error && <p className="ui-hint">{t('publish.checking')}</p>}
              {planned && <ChecksList checks={planned.checks} />}
              {planned?.plan && <PlanView plan={planned.plan} />}
              {canUnpublish && (
                <details className="ui-publish-unpublish" data-testid="publish-unpublish">
                  <summary>{t('publish.unpublishMenu')}</summary>
                  <label>
                    <input
                      type="radio"
                      name="unpublish-mode"
                      checked={unpublishMode === 'remove'}
                      onChange={() => setUnpublishMode('remove')}
                    />{' '}
                    {t('publish.removeFromSite')}
                  </label>
                  <label>
                    <input
                      type="radio"
                      name="unpublish-mode"
                      checked={unpublishMode === 'draft'}
                      onChange={() => setUnpublishMode('draft')}
                    />{' '}
                    {t('publish.backToDraft')}
                  </label>
                  <div className="ui-publish-actions">
                    <button
                      type="button"
                      className="ui-button ui-button-danger"
                      data-testid="unpublish-confirm"
                      disabled={busy}
                      onClick={unpublish}
                    >
                      {t('publish.unpublish')}
                    </button>
                  </div>
                </details>
              )}
            </>
          )
        )}
      </div>
    </Modal>
  )
}
