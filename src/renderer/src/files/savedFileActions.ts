import { copydesk } from '../api/copydesk'
import { messageOf } from '../api/messageOf'
import { t } from '@shared/i18n/i18n'
import type { ToastAction } from '../ui/ToastStore'

/** "Open" and "Show in folder" for a file the person just saved (an export), for its toast. */
export function savedFileActions(path: string, onError: (message: string) => void): ToastAction[] {
  const report = (fallback: string) => (error: unknown) => onError(messageOf(error, fallback))
  return [
    {
      label: t('toasts.open'),
      run: () =>
        void copydesk()
          .app.openSavedFile({ path })
          .catch(report(t('toasts.openFailed'))),
    },
    {
      label: t('toasts.showInFolder'),
      run: () =>
        void copydesk()
          .app.showSavedFile({ path })
          .catch(report(t('toasts.showFailed'))),
    },
  ]
}
