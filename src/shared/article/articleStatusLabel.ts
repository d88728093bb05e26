import { t } from '../i18n/i18n'
import type { ArticleStatus } from './ArticleStatus'

/** A review state as people read it, in the current language; the enum values stay on disk. */
export function articleStatusLabel(status: ArticleStatus): string {
  return t(`articleStatus.${status}`)
}
