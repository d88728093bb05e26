import { t } from '@shared/i18n/i18n'
import type { CaptureSlot } from '@shared/sites/captureSlots'

/** What a capture slot is called for people, in the app's language. */
export function slotLabel(slot: CaptureSlot): string {
  return t(`sitesForm.slots.${slot}`)
}
