import { formatDateTime } from '@shared/format/localeFormat'
import { useState, type JSX } from 'react'
import { Trans, useTranslation } from 'react-i18next'
import { t as translate } from '@shared/i18n/i18n'
import type { Revision } from '@shared/ipc/contract'
import { ArticleEditor } from '../editor/ArticleEditor'
import { Icon } from '../ui/Icon'

/** Props of {@link RevisionView}. */
export interface RevisionViewProps {
  articleId: string
  revision: Revision
  onRestore(): Promise<void>
  onBack(): void
}

const noop = (): void => {}
const noImport = (): Promise<{ src: string }> =>
  Promise.reject(new Error(translate('history.readOnly')))

/** An earlier version, read-only, with the way back and the way to bring it back. */
export function RevisionView({
  articleId,
  revision,
  onRestore,
  onBack,
}: RevisionViewProps): JSX.Element {
  const { t } = useTranslation()
  const [restoring, setRestoring] = useState(false)
  const { info, meta } = revision
  const when = formatDateTime(info.createdAt)
  return (
    <div className="ui-revision-view" data-testid="revision-view">
      <div className="ui-revision-bar" role="region" aria-label={t('history.viewLabel')}>
        <button
          type="button"
          className="ui-button ui-button-small"
          data-testid="revision-back"
          onClick={onBack}
        >
          <Icon name="back" size={14} /> {t('history.back')}
        </button>
        <span className="ui-revision-bar-text">
          <Trans
            i18nKey="history.versionFrom"
            values={{ when }}
            components={{ strong: <strong /> }}
          />
        </span>
        <button
          type="button"
          className="ui-button ui-button-primary ui-button-small"
          data-testid="revision-restore"
          disabled={restoring}
          onClick={() => {
            setRestoring(true)
            onRestore().finally(() => setRestoring(false))
          }}
        >
          {restoring ? t('history.restoring') : t('history.restore')}
        </button>
      </div>
      <div className="ui-editor-scroll">
        <div className="ui-article-header">
          <h1 className="ui-title-readonly">{meta.title.trim() || t('common.untitled')}</h1>
        </div>
        <ArticleEditor
          key={info.revId}
          articleId={articleId}
          initialDoc={revision.doc}
          readOnly
          onChange={noop}
          importImage={noImport}
        />
      </div>
    </div>
  )
}
