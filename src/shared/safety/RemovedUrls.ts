import { formatList, formatNumber } from '../format/localeFormat'
import { t } from '../i18n/i18n'
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
  const { links, images } = removed
  if (links > 0)
    parts.push(t('importMain.removed.links', { count: links, formatted: formatNumber(links) }))
  if (images > 0)
    parts.push(t('importMain.removed.images', { count: images, formatted: formatNumber(images) }))
  if (removed.featuredImage) parts.push(t('importMain.removed.featuredImage'))
  const subject = formatList(parts)
  const count = links + images + (removed.featuredImage ? 1 : 0)
  const sentence = t('importMain.removed.sentence', {
    count,
    subject: `${subject.charAt(0).toLocaleUpperCase()}${subject.slice(1)}`,
  })
  // A refused link keeps its words and a refused image its alt text and caption.
  return links > 0 || images > 0 ? `${sentence} ${t('importMain.removed.wordsKept')}` : sentence
}
