import { t } from '@shared/i18n/i18n'
import { PublishError } from '../PublishError'

/**
 * The PublishError for an HTTP answer that was not a success, in words for people. `site`
 * names the other side as a person knows it ("the site", "WordPress at news.example.com").
 */
export function publishErrorForStatus(status: number, site: string): PublishError {
  const who = { site: capitalize(site), status }
  if (status === 401) return new PublishError('auth', t('publishMain.http.unauthorized', who))
  if (status === 403) return new PublishError('auth', t('publishMain.http.forbidden', who))
  if (status === 404 || status === 410) {
    return new PublishError('not-found', t('publishMain.http.notFound', who))
  }
  if (status === 413) return new PublishError('too-large', t('publishMain.http.tooLarge', who))
  if (status === 408 || status === 504) {
    return new PublishError('timeout', t('publishMain.http.tooSlow', who))
  }
  if (status === 409) return new PublishError('conflict', t('publishMain.http.conflict', who))
  if (status === 429) return new PublishError('server', t('publishMain.http.busy', who))
  if (status >= 500) return new PublishError('server', t('publishMain.http.serverError', who))
  return new PublishError('refused', t('publishMain.http.refused', who))
}

function capitalize(text: string): string {
  return text.charAt(0).toUpperCase() + text.slice(1)
}
