import { docText } from '@shared/article/docText'
import type { Article } from '@shared/article/Article'
import type { PublishCheck } from '@shared/publish/Publish'
import { changedSinceApproval } from '@shared/publish/articleSourceHash'
import type { SiteProfile } from '@shared/sites/SiteProfile'
import { articleImages } from './articleImages'

/** What every slug must look like before it may become a path or a URL. */
const SAFE_SLUG = /^[a-z0-9]+(?:-[a-z0-9]+)*$/

/**
 * The checks every target shares: a title, a safe slug, some text, alt texts, a known category
 * and a note when the publish date lies ahead. Errors block publishing; the rest is shown.
 */
export function commonChecks(article: Article, site: SiteProfile, now: Date): PublishCheck[] {
  const { meta } = article
  const checks: PublishCheck[] = []
  const error = (code: string, message: string): void => {
    checks.push({ level: 'error', code, message })
  }
  const warning = (code: string, message: string): void => {
    checks.push({ level: 'warning', code, message })
  }

  if (!site.target) {
    error(
      'no-target',
      `“${site.name}” has no publishing set up yet. Add one in Settings → Sites → ${site.name}.`,
    )
  }
  if (meta.status === 'draft' || meta.status === 'in_review') {
    const state = meta.status === 'draft' ? 'a draft nobody reviewed' : 'still in review'
    if (site.requireApproval === true) {
      error(
        'needs-approval',
        `“${site.name}” publishes approved articles only, and this one is ${state}. Ask a reviewer to approve it.`,
      )
    } else {
      warning('not-approved', `This article is ${state}. Publish it all the same?`)
    }
  } else if (changedSinceApproval(article.approval, meta, article.doc)) {
    if (site.requireApproval === true) {
      error(
        'needs-approval',
        `“${site.name}” publishes approved articles only, and this one changed after it was approved. Ask a reviewer to approve it again.`,
      )
    } else {
      warning(
        'not-approved',
        'This article changed after it was approved; the changes are not reviewed. Publish it all the same?',
      )
    }
  }
  if (!meta.title.trim()) error('missing-title', 'Give the article a title.')
  if (!meta.slug.trim()) {
    error('missing-slug', 'Give the article a web address (slug) in the details panel.')
  } else if (!SAFE_SLUG.test(meta.slug) || meta.slug.length > 200) {
    error(
      'unsafe-slug',
      'The web address (slug) may only use lowercase letters, digits and single dashes.',
    )
  }
  if (!docText(article.doc).trim()) error('empty-body', 'The article has no text yet.')

  const missingAlt = articleImages(article).filter((image) => !image.alt.trim())
  if (missingAlt.some((image) => image.featured)) {
    warning('featured-image-alt', 'The featured image has no description (alt text).')
  }
  const bodyMissing = missingAlt.filter((image) => !image.featured).length
  if (bodyMissing > 0) {
    const images = bodyMissing === 1 ? '1 image has' : `${bodyMissing} images have`
    warning(
      'image-alt',
      `${images} no description (alt text); people using screen readers will miss it.`,
    )
  }

  const category = meta.category.trim()
  if (category && site.categories.length > 0 && !site.categories.includes(category)) {
    warning(
      'unknown-category',
      `“${site.name}” has no category “${category}”; check the spelling or pick one of its own.`,
    )
  }
  if (meta.publishDate) {
    const at = Date.parse(meta.publishDate)
    if (Number.isNaN(at)) {
      error('invalid-date', 'The publish date is not a valid date.')
    } else if (at > now.getTime()) {
      checks.push({
        level: 'info',
        code: 'scheduled',
        message: `Scheduled: the article goes live on ${new Date(at).toUTCString()}.`,
      })
    }
  }
  return checks
}
