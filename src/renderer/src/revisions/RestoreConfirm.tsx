import type { Editor } from '@tiptap/core'
import type { JSX } from 'react'
import { useTranslation } from 'react-i18next'
import type { Revision } from '@shared/ipc/contract'
import { countDocStats } from '../editor/stats/countDocStats'
import { formatWordCount } from '../format/formatWordCount'
import { TextDiff } from '../publish/TextDiff'
import { ConfirmDialog } from '../ui/ConfirmDialog'

/** Props of {@link RestoreConfirm}. */
export interface RestoreConfirmProps {
  revision: Revision
  /** The open editor: what the restore would replace, and the schema the version must fit. */
  editor: Editor
  onConfirm(): void
  onCancel(): void
}

/** The text of a document, one block per paragraph, and its word count as the status bar counts. */
function readDoc(editor: Editor, json: Revision['doc']): { text: string; words: number } | null {
  try {
    const node = editor.schema.nodeFromJSON(json)
    node.check()
    return {
      text: node.textBetween(0, node.content.size, '\n', ' '),
      words: countDocStats(node).words,
    }
  } catch {
    return null
  }
}

/**
 * Asks before a version replaces the text: what changes (a line diff) and the word counts
 * now and then. A version that cannot be read, or that would empty an article with text, is
 * refused here, so a restore never loses the writing.
 */
export function RestoreConfirm(props: RestoreConfirmProps): JSX.Element {
  const { t } = useTranslation()
  const { revision, editor } = props
  const now = readDoc(editor, editor.getJSON() as Revision['doc'])
  const then = readDoc(editor, revision.doc)
  const empties = then !== null && then.words === 0 && (now?.words ?? 0) > 0
  if (then === null || empties) {
    return (
      <ConfirmDialog
        title={t('history.refusedTitle')}
        confirmLabel={t('history.keepCurrent')}
        onConfirm={props.onCancel}
        onCancel={props.onCancel}
      >
        <p data-testid="restore-refused">
          {then === null ? t('history.unreadable') : t('history.empty')} {t('history.staysAsIs')}
        </p>
      </ConfirmDialog>
    )
  }
  return (
    <ConfirmDialog
      title={t('history.confirmTitle')}
      confirmLabel={t('history.confirm')}
      onConfirm={props.onConfirm}
      onCancel={props.onCancel}
    >
      <p data-testid="restore-counts">
        {t('history.counts', {
          now: formatWordCount(now?.words ?? 0),
          then: formatWordCount(then.words),
        })}
      </p>
      <div className="ui-restore-diff" data-testid="restore-diff">
        <TextDiff before={now?.text ?? ''} after={then.text} />
      </div>
    </ConfirmDialog>
  )
}
