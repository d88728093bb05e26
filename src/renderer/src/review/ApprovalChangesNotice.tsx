import type { Editor } from '@tiptap/core'
import { useState, type JSX } from 'react'
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
  const who = approval?.by.trim() || 'A reviewer'
  const when = approval ? new Date(approval.at).toLocaleString() : ''

  return (
    <section
      className="ui-published-change ui-approval-changes"
      data-testid="approval-changes"
      aria-live="polite"
    >
      <p>
        <strong>Changed after approval.</strong> {who} approved the version of {when}; the edits
        since are not reviewed.
      </p>
      <div className="ui-published-change-actions">
        <button
          type="button"
          className="ui-button"
          data-testid="approval-changes-show"
          aria-expanded={open}
          onClick={() => setOpen(!open)}
        >
          {open ? 'Hide changes' : 'Show changes'}
        </button>
        <button
          type="button"
          className="ui-button"
          data-testid="approval-changes-review"
          onClick={props.onReview}
        >
          Send for review again
        </button>
      </div>
      {open &&
        (approved.error ? (
          <p className="ui-hint">{approved.error}</p>
        ) : revision === undefined ? (
          <p className="ui-hint" aria-busy="true">
            Finding the approved version…
          </p>
        ) : revision === null || !editor ? (
          <p className="ui-hint">No copy of the approved version is kept to compare with.</p>
        ) : (
          <TextDiff
            before={readable(revision.meta, revision.doc, editor)}
            after={readable(meta, editor.getJSON() as DocNode, editor)}
          />
        ))}
    </section>
  )
}
