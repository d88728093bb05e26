import { useState, type JSX } from 'react'
import { useTranslation } from 'react-i18next'
import { useBridgeAction } from '../api/useBridgeAction'
import { savedFileActions } from '../files/savedFileActions'
import { Icon } from '../ui/Icon'
import { useToasts } from '../ui/ToastContext'

type ExportKind = 'review' | 'pdf'

const LABELS = {
  review: {
    idle: 'exportButtons.review',
    busy: 'exportButtons.reviewBusy',
    done: 'toasts.reviewCopySaved',
  },
  pdf: { idle: 'exportButtons.pdf', busy: 'exportButtons.pdfBusy', done: 'toasts.pdfSaved' },
} as const

/** "Export review copy" and "Export PDF" of the saved article, with the chosen site's theme. */
export function ExportButtons(props: {
  articleId: string
  siteId: string | null
  flush(): Promise<boolean>
}): JSX.Element {
  const { t } = useTranslation()
  const toasts = useToasts()
  const [busy, setBusy] = useState<ExportKind | null>(null)
  const exporting = useBridgeAction(
    (api, kind: ExportKind, input: { articleId: string; siteId: string | null }) =>
      kind === 'review' ? api.preview.exportReviewCopy(input) : api.preview.exportPdf(input),
    t('toasts.exportFailed'),
  )

  const run = async (kind: ExportKind): Promise<void> => {
    setBusy(kind)
    try {
      if (!(await props.flush())) {
        toasts.error(t('toasts.exportNotSaved'))
        return
      }
      const outcome = await exporting.run(kind, {
        articleId: props.articleId,
        siteId: props.siteId,
      })
      if (!outcome.ok) toasts.error(outcome.error)
      else if (outcome.value) {
        const { path } = outcome.value
        toasts.show({
          message: t(LABELS[kind].done, { path }),
          actions: savedFileActions(path, (message) => toasts.error(message)),
          timeoutMs: 10_000,
        })
      }
    } finally {
      setBusy(null)
    }
  }

  const button = (kind: ExportKind) => {
    const label = t(busy === kind ? LABELS[kind].busy : LABELS[kind].idle)
    return (
      <button
        type="button"
        className="ui-button ui-button-small ui-preview-export"
        disabled={busy !== null}
        aria-busy={busy === kind}
        aria-label={label}
        title={label}
        data-testid={kind === 'review' ? 'export-review-copy' : 'export-pdf'}
        onClick={() => void run(kind)}
      >
        {/* Beside the editor only the icon shows, so the header stays on one row. */}
        <span className="ui-preview-narrow-only">
          <Icon name={kind === 'review' ? 'doc' : 'print'} />
        </span>
        <span className="ui-preview-wide-only">{label}</span>
      </button>
    )
  }
  return (
    <>
      {button('review')}
      {button('pdf')}
    </>
  )
}
