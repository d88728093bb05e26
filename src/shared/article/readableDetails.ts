import { t } from '../i18n/i18n'
import type { ArticleMeta } from './Article'

/**
 * The details a site shows, one per line ("Title: …", named in the current language), as a diff
 * of two versions reads them above the text: the changes since publishing and since approval.
 */
export function readableDetails(meta: ArticleMeta): string {
  return [
    `${t('details.title')}: ${meta.title}`,
    `${t('details.slug')}: ${meta.slug}`,
    `${t('details.excerpt')}: ${meta.excerpt}`,
    `${t('details.category')}: ${meta.category}`,
    `${t('details.tags')}: ${meta.tags.join(', ')}`,
    `${t('details.author')}: ${meta.author}`,
    `${t('details.featuredImageAlt')}: ${meta.featuredImage?.alt ?? ''}`,
  ].join('\n')
}
