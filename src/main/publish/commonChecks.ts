import { docText } from '@shared/article/docText'
import type { Article } from '@shared/article/Article'
import type { PublishCheck } from '@shared/publish/Publish'
import { changedSinceApproval } from '@shared/publish/articleSourceHash'
import type { SiteProfile } from '@shared/sites/SiteProfile'
import { formatDateTime, formatNumber } from '@shared/format/localeFormat'
import { t } from '@shared/i18n/i18n'
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
    error('no-target', t('publishMain.checks.noTarget', { site: site.name }))
  }
  if (meta.status === 'draft' || meta.status === 'in_review') {
    const draft = meta.status === 'draft'
    if (site.requireApproval === true) {
      error(
        'needs-approval',
        draft
          ? t('publishMain.checks.needsApprovalDraft', { site: site.name })
          : t('publishMain.checks.needsApprovalInReview', { site: site.name }),
      )
    } else {
      warning(
        'not-approved',
        draft
          ? t('publishMain.checks.notApprovedDraft')
          : t('publishMain.checks.notApprovedInReview'),
      )
    }
  } else if (changedSinceApproval(article.approval, meta, article.doc)) {
    if (site.requireApproval === true) {
      error('needs-approval', t('publishMain.checks.needsApprovalAgain', { site: site.name }))
    } else {
      warning('not-approved', t('publishMain.checks.changedSinceApproval'))
    }
  }
  if (!meta.title.trim()) error('missing-title', t('publishMain.checks.missingTitle'))
  if (!meta.slug.trim()) {
    error('missing-slug', t('publishMain.checks.missingSlug'))
  } else if (!SAFE_SLUG.test(meta.slug) || meta.slug.length > 200) {
    error('unsafe-slug', t('publishMain.checks.unsafeSlug'))
  }
  if (!docText(article.doc).trim()) error('empty-body', t('publishMain.checks.emptyBody'))

  const missingAlt = articleImages(article).filter((image) => !image.alt.trim())
  if (missingAlt.some((image) => image.featured)) {
    warning('featured-image-alt', t('publishMain.checks.featuredImageAlt'))
  }
  const bodyMissing = missingAlt.filter((image) => !image.featured).length
  if (bodyMissing > 0) {
    warning(
      'image-alt',
      t('publishMain.checks.imageAlt', {
        count: bodyMissing,
        formatted: formatNumber(bodyMissing),
      }),
    )
  }

  const category = meta.category.trim()
  if (category && site.categories.length > 0 && !site.categories.includes(category)) {
    warning(
      'unknown-category',
      t('publishMain.checks.unknownCategory', { site: site.name, category }),
    )
  }
  if (meta.publishDate) {
    const at = Date.parse(meta.publishDate)
    if (Number.isNaN(at)) {
      error('invalid-date', t('publishMain.checks.invalidDate'))
    } else if (at > now.getTime()) {
      checks.push({
        level: 'info',
        code: 'scheduled',
        message: t('publishMain.checks.scheduled', { when: formatDateTime(new Date(at), 'long') }),
      })
    }
  }
  return checks
}
