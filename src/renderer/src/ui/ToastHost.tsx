import type { JSX } from 'react'
import { useTranslation } from 'react-i18next'
import { useStoreValue } from '../store/useStoreValue'
import { Icon } from './Icon'
import type { ToastStore } from './ToastStore'

/** Renders the visible toasts; screen readers hear them through the live region. */
export function ToastHost({ store }: { store: ToastStore }): JSX.Element {
  const { t } = useTranslation()
  const toasts = useStoreValue(store.toasts)
  return (
    <div className="ui-toasts" role="status" aria-live="polite">
      {toasts.map((toast) => (
        <div key={toast.id} className={`ui-toast ui-toast-${toast.tone}`} data-testid="toast">
          <span className="ui-toast-message">{toast.message}</span>
          {toast.actions.map((action) => (
            <button
              key={action.label}
              type="button"
              className="ui-toast-action"
              data-testid="toast-action"
              onClick={() => {
                store.dismiss(toast.id)
                action.run()
              }}
            >
              {action.label}
            </button>
          ))}
          <button
            type="button"
            className="ui-icon-button ui-toast-close"
            aria-label={t('common.dismiss')}
            onClick={() => store.dismiss(toast.id)}
          >
            <Icon name="close" size={14} />
          </button>
        </div>
      ))}
    </div>
  )
}
