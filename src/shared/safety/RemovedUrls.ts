import { z } from 'zod'

/**
 * What a cleaning took out because the URL rule refused it: links (their words stay), images
 * in the text (their alt text and caption stay) and the featured image. The window says so
 * once, in words built by `removedUrlsMessage`.
 */
export const RemovedUrlsSchema = z.object({
  links: z.number().int().nonnegative(),
  images: z.number().int().nonnegative(),
  featuredImage: z.boolean().optional(),
})
export type RemovedUrls = z.infer<typeof RemovedUrlsSchema>

/** Whether a cleaning took anything out. */
export function removedAny(removed: RemovedUrls | undefined): removed is RemovedUrls {
  return (
    removed !== undefined && (removed.links > 0 || removed.images > 0 || !!removed.featuredImage)
  )
}

/**
 * The sentence a person reads once after URLs were taken out, or null when nothing was:
 * "2 links were removed: unsafe targets. Their words were kept."
 */
export function removedUrlsMessage(removed: RemovedUrls | undefined): string | null {
  if (!removedAny(removed)) return null
  const parts: string[] = []
  if (removed.links > 0) parts.push(`${removed.links} ${removed.links === 1 ? 'link' : 'links'}`)
  if (removed.images > 0) {
    parts.push(`${removed.images} ${removed.images === 1 ? 'image' : 'images'}`)
  }
  if (removed.featuredImage) parts.push('the featured image')
  const subject =
    parts.length === 1 ? (parts[0] ?? '') : `${parts.slice(0, -1).join(', ')} and ${parts.at(-1)}`
  const one = removed.links + removed.images + (removed.featuredImage ? 1 : 0) === 1
  const sentence = `${subject.charAt(0).toUpperCase()}${subject.slice(1)} ${one ? 'was' : 'were'} removed: ${one ? 'unsafe target' : 'unsafe targets'}.`
  // A refused link keeps its words and a refused image its alt text and caption.
  return removed.links > 0 || removed.images > 0 ? `${sentence} Their words were kept.` : sentence
}
