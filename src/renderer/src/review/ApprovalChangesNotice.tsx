import type { Editor } from '@tiptap/core'
import { useState, type JSX } from 'react'
import { Trans, useTranslation } from 'react-i18next'
import { formatDateTime } from '@shared/format/localeFormat'
import type { ArticleMeta, DocNode, StatusChange } from '@shared/article/Article'
import { useBridgeQuery } from '../api/useBridgeQuery'
import { TextDiff } from '../publish/TextDiff'
import { readableDetails } from '@shared/article/readableDetails'

/** Props of {@link ApprovalChangesNotice}. */
export interface ApprovalChangesNoticeProps {
  articleId: string
  meta: ArticleMeta
  history: readonly StatusChange[]
  /** The open editor: the text now, and the schema the approved version is read with. */
  editor: Editor | null
  /** Sends the article back for review, so a reviewer can approve the changes. */
  onReview(): void
}

/** The article as a reviewer reads the diff: the details a site shows, then the text. */
function readable(meta: ArticleMeta, doc: DocNode, editor: Editor): string {
  const details = readableDetails(meta)
  try {
    const node = editor.schema.nodeFromJSON(doc)
    return `${details}\n\n${node.textBetween(0, node.content.size, '\n', ' ')}`
  } catch {
    return details
  }
}

/**
 * "Changed after approval": who approved which version, the difference between it and the
 * article now (the approval's own revision, kept in History), and the way back to review.
 */
export function ApprovalChangesNotice(props: ApprovalChangesNoticeProps): JSX.Element {
  const { t } = useTranslation()
  const { articleId, meta, editor } = props
  const approval = props.history.findLast((change) => change.to === 'approved')
  const [open, setOpen] = useState(false)
  // The revision taken when the status changed carries the approval's time.
  const approved = useBridgeQuery(
    [articleId, approval?.at ?? ''],
    async (api) => {
      const list = await api.revisions.list({ id: articleId })
      const info = list.find((r) => r.reason === 'status' && r.createdAt === approval?.at)
      return {
        revision: info ? await api.revisions.get({ id: articleId, revId: info.revId }) : null,
      }
    },
    { enabled: open },
  )
  const revision = approved.data?.revision
  const who = approval?.by.trim() || t('review.approval.aReviewer')
  const when = approval ? formatDateTime(approval.at) : ''

  return (
    <section
      className="ui-published-change ui-approval-changes"
      data-testid="approval-changes"
      aria-live="polite"
    >
      <p>
        <Trans
          i18nKey="review.approval.changed"
          values={{ who, when }}
          components={{ strong: <strong /> }}
        />
      </p>
      <div className="ui-published-change-actions">
        <button
          type="button"
          className="ui-button"
          data-testid="approval-changes-show"
          aria-expanded={open}
          onClick={() => setOpen(!open)}
        >
          {open ? t('review.approval.hideChanges') : t('review.approval.showChanges')}
        </button>
        <button
          type="button"
          className="ui-button"
          data-testid="approval-changes-review"
          onClick={props.onReview}
        >
          {t('review.approval.sendAgain')}
        </button>
      </div>
      {open &&
        (approved.error ? (
          <p className="ui-hint">{approved.error}</p>
        ) : revision === undefined ? (
          <p className="ui-hint" aria-busy="true">
            {t('review.approval.finding')}
          </p>
        ) : revision === null || !editor ? (
          <p className="ui-hint">{t('review.approval.noCopy')}</p>
        ) : (
          <TextDiff
            before={readable(revision.meta, revision.doc, editor)}
            after={readable(meta, editor.getJSON() as DocNode, editor)}
          />
        ))}
    </section>
  )
}
