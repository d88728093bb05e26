import { t } from '@shared/i18n/i18n'
import { copydesk } from '../api/copydesk'

/** Opens a published post in the person's browser. */
export function openUrl(url: string, onError: (message: string) => void): void {
  copydesk()
    .app.openExternal({ url })
    .catch(() => onError(t('publish.cannotOpen')))
}
