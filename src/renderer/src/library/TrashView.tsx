import { useState, type JSX } from 'react'
import { useTranslation } from 'react-i18next'
import type { ArticleSummary } from '@shared/article/Article'
import type { TrashEntry } from '@shared/ipc/contract'
import { useBridgeAction } from '../api/useBridgeAction'
import { useBridgeQuery } from '../api/useBridgeQuery'
import { formatNumber, formatRelativeTime } from '@shared/format/localeFormat'
import { ConfirmDialog } from '../ui/ConfirmDialog'
import { useToasts } from '../ui/ToastContext'
import { useNow } from './useNow'

/** Props of {@link TrashView}. */
export interface TrashViewProps {
  /** Changes whenever something may have been moved to trash. */
  generation: number
  onRestored(summary: ArticleSummary): void
}

/** Articles in the trash, each restorable, and a confirmed "Empty trash". */
export function TrashView({ generation, onRestored }: TrashViewProps): JSX.Element {
  const { t } = useTranslation()
  const toasts = useToasts()
  const now = useNow()
  const [confirming, setConfirming] = useState(false)
  const list = useBridgeQuery([generation], (api) => api.trash.list())
  const entries = list.data
  const restoring = useBridgeAction((api, id: string) => api.trash.restore({ id }))
  const emptying = useBridgeAction((api) => api.trash.empty())

  const restore = async (entry: TrashEntry): Promise<void> => {
    const outcome = await restoring.run(entry.id)
    if (!outcome.ok) {
      toasts.error(outcome.error)
      list.reload()
      return
    }
    list.set((entries ?? []).filter((e) => e.id !== entry.id))
    onRestored(outcome.value)
  }

  const empty = async (): Promise<void> => {
    setConfirming(false)
    const outcome = await emptying.run()
    if (!outcome.ok) {
      toasts.error(outcome.error)
      list.reload()
      return
    }
    const { removed } = outcome.value
    list.set([])
    toasts.show({
      message: t('trash.deletedForGood', { count: removed, formatted: formatNumber(removed) }),
    })
  }

  if (list.error && entries === null) return <p className="ui-list-error">{list.error}</p>
  if (entries === null) return <div className="ui-list-empty" aria-busy="true" />
  return (
    <div className="ui-trash-view">
      {entries.length === 0 ? (
        <div className="ui-list-empty">
          <p>{t('trash.empty')}</p>
        </div>
      ) : (
        <>
          <ul className="ui-trash-list" aria-label={t('trash.listLabel')}>
            {entries.map((entry) => (
              <li
                key={entry.id}
                className="ui-trash-row"
                data-testid="trash-row"
                data-id={entry.id}
              >
                <div className="ui-trash-row-text">
                  <span className="ui-article-row-title">
                    {entry.title.trim() || t('common.untitled')}
                  </span>
                  <time dateTime={entry.deletedAt}>
                    {t('trash.deleted', {
                      when: formatRelativeTime(entry.deletedAt, now, { inSentence: true }),
                    })}
                  </time>
                </div>
                <button
                  type="button"
                  className="ui-button ui-button-small"
                  data-testid="trash-restore"
                  onClick={() => void restore(entry)}
                >
                  {t('trash.restore')}
                </button>
              </li>
            ))}
          </ul>
          <div className="ui-trash-footer">
            <button
              type="button"
              className="ui-button ui-button-danger-quiet"
              data-testid="empty-trash"
              onClick={() => setConfirming(true)}
            >
              {t('trash.emptyTrash')}
            </button>
          </div>
        </>
      )}
      {confirming && (
        <ConfirmDialog
          title={t('trash.confirmTitle')}
          confirmLabel={t('trash.confirm')}
          danger
          onConfirm={() => void empty()}
          onCancel={() => setConfirming(false)}
        >
          <p>
            {t('trash.confirmText', {
              count: entries.length,
              formatted: formatNumber(entries.length),
            })}
          </p>
        </ConfirmDialog>
      )}
    </div>
  )
}
