import { t } from '@shared/i18n/i18n'
import type { RevisionInfo } from '@shared/ipc/contract'

/** Why a snapshot was taken, in words of the current language. */
export function revisionReasonLabel(reason: RevisionInfo['reason']): string {
  return t(`history.reasons.${reason}`)
}
