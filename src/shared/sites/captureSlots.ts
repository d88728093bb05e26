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

/** What each slot is called for people, and the class that marks it in the page. */
export const CAPTURE_SLOT_INFO: Record<CaptureSlot, { label: string; className: string }> = {
  breadcrumb: { label: 'Breadcrumb', className: 'cd-breadcrumb' },
  category: { label: 'Category', className: 'cd-category' },
  title: { label: 'Title', className: 'cd-title' },
  date: { label: 'Date', className: 'cd-date' },
  featured: { label: 'Lead image', className: 'cd-featured' },
  tags: { label: 'Tags', className: 'cd-tags' },
  body: { label: 'Article text', className: 'cd-body' },
}
