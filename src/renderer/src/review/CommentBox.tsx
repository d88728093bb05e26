import { useState, type JSX, type KeyboardEvent } from 'react'
import { useTranslation } from 'react-i18next'

/** Props of {@link CommentBox}. */
export interface CommentBoxProps {
  label: string
  placeholder: string
  submitLabel: string
  autoFocus?: boolean
  testId: string
  /** Resolves true once saved; the text is then cleared. */
  onSubmit(body: string): Promise<boolean>
  onCancel?(): void
}

/** A text box for a comment or a reply: Ctrl/Cmd+Enter sends, Escape cancels. */
export function CommentBox(props: CommentBoxProps): JSX.Element {
  const { t } = useTranslation()
  const [body, setBody] = useState('')
  const [busy, setBusy] = useState(false)
  const empty = body.trim() === ''

  const send = async () => {
    if (empty || busy) return
    setBusy(true)
    const saved = await props.onSubmit(body.trim())
    setBusy(false)
    if (saved) setBody('')
  }

  const onKeyDown = (event: KeyboardEvent<HTMLTextAreaElement>) => {
    if (event.key === 'Enter' && (event.ctrlKey || event.metaKey)) {
      event.preventDefault()
      void send()
    } else if (event.key === 'Escape' && props.onCancel) {
      event.preventDefault()
      props.onCancel()
    }
  }

  return (
    <div className="ui-comment-box">
      <textarea
        className="ui-input"
        rows={2}
        aria-label={props.label}
        placeholder={props.placeholder}
        value={body}
        autoFocus={props.autoFocus}
        data-testid={props.testId}
        onChange={(e) => setBody(e.target.value)}
        onKeyDown={onKeyDown}
      />
      <div className="ui-comment-box-actions">
        {props.onCancel && (
          <button type="button" className="ui-button ui-button-small" onClick={props.onCancel}>
            {t('review.cancel')}
          </button>
        )}
        <button
          type="button"
          className="ui-button ui-button-small ui-button-primary"
          disabled={empty || busy}
          data-testid={`${props.testId}-send`}
          onClick={() => void send()}
        >
          {props.submitLabel}
        </button>
      </div>
    </div>
  )
}
