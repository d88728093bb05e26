import type { JSX, ReactNode } from 'react'
import { useTranslation } from 'react-i18next'
import { Modal } from './Modal'

/** Props of {@link ConfirmDialog}. */
export interface ConfirmDialogProps {
  title: string
  children: ReactNode
  confirmLabel: string
  /** Styles the confirm button as destructive. */
  danger?: boolean
  onConfirm(): void
  onCancel(): void
}

/** Asks before something that cannot be undone; Cancel has focus so Enter is safe. */
export function ConfirmDialog(props: ConfirmDialogProps): JSX.Element {
  const { t } = useTranslation()
  return (
    <Modal
      title={props.title}
      onClose={props.onCancel}
      testId="confirm-dialog"
      footer={
        <>
          <button
            type="button"
            className="ui-button"
            data-autofocus
            data-testid="confirm-cancel"
            onClick={props.onCancel}
          >
            {t('common.cancel')}
          </button>
          <button
            type="button"
            className={props.danger ? 'ui-button ui-button-danger' : 'ui-button ui-button-primary'}
            data-testid="confirm-ok"
            onClick={props.onConfirm}
          >
            {props.confirmLabel}
          </button>
        </>
      }
    >
      {props.children}
    </Modal>
  )
}
