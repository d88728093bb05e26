import { formatDateTime } from '@shared/format/localeFormat'
import { useState, type JSX } from 'react'
import { useTranslation } from 'react-i18next'
import { useBridgeQuery } from '../api/useBridgeQuery'
import { TextDiff } from './TextDiff'

/** Props of {@link PublishedChangesNotice}. */
export interface PublishedChangesNoticeProps {
  articleId: string
  /** Changes with every save; the notice asks again. */
  generation: number
  /** Opens the publish dialog to send the new version. */
  onUpdate(): void
}

/**
 * In the details: "Changed since publish" for each site that shows an older version, with the
 * difference against what was published and an Update action.
 */
export function PublishedChangesNotice(props: PublishedChangesNoticeProps): JSX.Element | null {
  const { articleId, generation } = props
  // The next save asks again; a missed look only delays the notice.
  const changes =
    useBridgeQuery([articleId, generation], (api) => api.publish.changes({ articleId })).data ?? []
  const [open, setOpen] = useState<string | null>(null)
  const { t } = useTranslation()

  if (changes.length === 0) return null
  return (
    <section className="ui-published-changes" data-testid="published-changes" aria-live="polite">
      {changes.map((change) => (
        <div key={change.siteId} className="ui-published-change">
          <p>
            <strong>{t('publish.changed.title')}</strong>{' '}
            {t('publish.changed.stillShows', {
              site: change.siteName,
              when: formatDateTime(change.publishedAt),
            })}
          </p>
          <div className="ui-published-change-actions">
            <button
              type="button"
              className="ui-button"
              data-testid="published-changes-show"
              aria-expanded={open === change.siteId}
              onClick={() => setOpen(open === change.siteId ? null : change.siteId)}
            >
              {open === change.siteId ? t('publish.changed.hide') : t('publish.changed.show')}
            </button>
            <button
              type="button"
              className="ui-button ui-button-primary"
              data-testid="published-changes-update"
              onClick={props.onUpdate}
            >
              {t('publish.changed.update')}
            </button>
          </div>
          {open === change.siteId &&
            (change.before === null ? (
              <p className="ui-hint">{t('publish.changed.noCopy')}</p>
            ) : (
              <TextDiff before={change.before} after={change.after} />
            ))}
        </div>
      ))}
    </section>
  )
}
