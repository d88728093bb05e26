import { z } from 'zod'

/** The regions a captured page is turned into, each marked with its `cd-` class. */
export const CAPTURE_SLOTS = [
  'breadcrumb',
  'category',
  'title',
  'date',
  'featured',
  'tags',
  'body',
] as const
export const CaptureSlotSchema = z.enum(CAPTURE_SLOTS)
export type CaptureSlot = z.infer<typeof CaptureSlotSchema>

/** Whether a capture found a region on the page. */
export const CaptureSlotFindingSchema = z.object({ slot: CaptureSlotSchema, found: z.boolean() })
export type CaptureSlotFinding = z.infer<typeof CaptureSlotFindingSchema>

/** The class that marks each slot in the page; its name for people is in `sitesForm.slots`. */
export const CAPTURE_SLOT_INFO: Record<CaptureSlot, { className: string }> = {
  breadcrumb: { className: 'cd-breadcrumb' },
  category: { className: 'cd-category' },
  title: { className: 'cd-title' },
  date: { className: 'cd-date' },
  featured: { className: 'cd-featured' },
  tags: { className: 'cd-tags' },
  body: { className: 'cd-body' },
}
