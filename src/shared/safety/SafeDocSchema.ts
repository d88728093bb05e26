import { z } from 'zod'
import { t } from '../i18n/i18n'
import { FeaturedImageSchema, type DocNode } from '../article/Article'
import { parseArticleDoc } from '../article/parseArticleDoc'
import { checkDocumentLimits } from './inputLimits'
import { sanitizeDocument } from './sanitizeDocument'
import { safeImageSrc } from './urlPolicy'

/**
 * A document as it may come in through the IPC door, before its URLs are judged: within the
 * size and nesting limits (checked before the recursive validation runs) and valid.
 */
export const CheckedDocSchema = z
  .custom<DocNode>((value) => checkDocumentLimits(value) === null, {
    // Asked each time, so the words follow the language chosen after start.
    error: () => t('startupMain.limits.docRefused'),
  })
  .transform((value, ctx) => {
    const parsed = parseArticleDoc(value)
    if (parsed.success) return parsed.data
    for (const issue of parsed.error.issues) {
      ctx.addIssue({ code: 'custom', message: issue.message, path: issue.path })
    }
    return z.NEVER
  })

/** A {@link CheckedDocSchema} document with every URL the URL rule refuses taken out. */
export const SafeDocSchema = CheckedDocSchema.transform((doc) => sanitizeDocument(doc).doc)

/** A featured image as it may come in: its source must pass the URL rule for images. */
export const SafeFeaturedImageSchema = FeaturedImageSchema.refine(
  (image) => safeImageSrc(image.src) !== null,
  {
    error: () => t('libraryMain.featuredImageUnsafe'),
    path: ['src'],
  },
)
