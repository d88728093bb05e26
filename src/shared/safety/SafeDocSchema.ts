import { z } from 'zod'
import { ArticleDocSchema, FeaturedImageSchema, type DocNode } from '../article/Article'
import { checkDocumentLimits } from './inputLimits'
import { sanitizeDocument } from './sanitizeDocument'
import { safeImageSrc } from './urlPolicy'

/**
 * A document as it may come in through the IPC door: within the size and nesting limits
 * (checked before the recursive validation runs), valid, and with every URL the URL rule
 * refuses taken out.
 */
export const SafeDocSchema = z
  .custom<DocNode>((value) => checkDocumentLimits(value) === null, {
    message: 'The document is too large or nested too deeply to be saved.',
  })
  .transform((value, ctx) => {
    const parsed = ArticleDocSchema.safeParse(value)
    if (parsed.success) return sanitizeDocument(parsed.data).doc
    for (const issue of parsed.error.issues) {
      ctx.addIssue({ code: 'custom', message: issue.message, path: issue.path })
    }
    return z.NEVER
  })

/** A featured image as it may come in: its source must pass the URL rule for images. */
export const SafeFeaturedImageSchema = FeaturedImageSchema.refine(
  (image) => safeImageSrc(image.src) !== null,
  {
    message: 'The featured image must be an image saved in the article or a web address.',
    path: ['src'],
  },
)
