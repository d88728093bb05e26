import { copydesk } from '../api/copydesk'
import { messageOf } from '../api/messageOf'
import type { ToastAction } from '../ui/ToastStore'

/** "Open" and "Show in folder" for a file the person just saved (an export), for its toast. */
export function savedFileActions(path: string, onError: (message: string) => void): ToastAction[] {
  const report = (fallback: string) => (error: unknown) => onError(messageOf(error, fallback))
  return [
    {
      label: 'Open',
      run: () =>
        void copydesk()
          .app.openSavedFile({ path })
          .catch(report('Copydesk could not open the file.')),
    },
    {
      label: 'Show in folder',
      run: () =>
        void copydesk()
          .app.showSavedFile({ path })
          .catch(report('Copydesk could not show the file in its folder.')),
    },
  ]
}
