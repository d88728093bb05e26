import type { JSX } from 'react'
import { useTranslation } from 'react-i18next'
import type { ArticleMeta, ArticleMetaPatch } from '@shared/article/Article'
import { ARTICLE_STATUSES } from '@shared/article/ArticleStatus'
import { articleStatusLabel } from '@shared/article/articleStatusLabel'
import { formatNumber } from '@shared/format/localeFormat'
import type { ArticleStatus } from '@shared/article/ArticleStatus'
import type { Facets } from '@shared/ipc/contract'
import type { PublicationRecord } from '@shared/publish/PublicationRecord'
import { unicodeSlugNote } from '@shared/article/unicodeSlug'
import { slugOutcome } from '@shared/publish/slugOutcome'
import type { SiteProfile } from '@shared/sites/SiteProfile'
import { CategoryField } from './CategoryField'
import { fromDateTimeLocal, toDateTimeLocal } from '../format/dateTimeLocal'
import { FeaturedImageField } from './FeaturedImageField'
import { Field } from './Field'
import { LengthHint } from './LengthHint'
import { SlugField } from './SlugField'
import { TagInput } from './TagInput'

/** Lengths search engines show before cutting. */
const SEO_TITLE_IDEAL = 60
const SEO_DESCRIPTION_IDEAL = 160

/** Props of {@link MetadataPanel}. */
export interface MetadataPanelProps {
  meta: ArticleMeta
  facets: Facets
  /** Site profiles; the article may be assigned to one. */
  sites?: readonly SiteProfile[]
  /** Where the article is published, to say what publishing does with the slug. */
  publications?: Record<string, PublicationRecord>
  /** `now` saves at once (status changes); other edits go through the debounce. */
  onChange(patch: ArticleMetaPatch, options?: { now?: boolean }): void
}

/** The article's details: everything a site needs besides the body. */
export function MetadataPanel(props: MetadataPanelProps): JSX.Element {
  const { t } = useTranslation()
  const { meta, facets, onChange, sites = [] } = props
  const site = sites.find((s) => s.id === meta.siteId) ?? null
  const text = (key: 'title' | 'excerpt' | 'author' | 'seoTitle' | 'seoDescription') =>
    ({
      value: meta[key],
      onChange: (e: { target: { value: string } }) => onChange({ [key]: e.target.value }),
    }) as const

  return (
    <div className="ui-meta-panel">
      <Field label={t('details.status')} htmlFor="meta-status">
        <select
          id="meta-status"
          className={`ui-input ui-status-select ui-status-${meta.status}`}
          data-testid="status-select"
          value={meta.status}
          onChange={(e) => onChange({ status: e.target.value as ArticleStatus }, { now: true })}
        >
          {ARTICLE_STATUSES.map((s) => (
            <option key={s} value={s}>
              {articleStatusLabel(s)}
            </option>
          ))}
        </select>
      </Field>
      <Field label={t('details.title')} htmlFor="meta-title">
        <input
          id="meta-title"
          className="ui-input"
          dir="auto"
          data-testid="meta-title"
          {...text('title')}
        />
      </Field>
      <SlugField
        slug={meta.slug}
        locked={meta.slugLocked}
        onEdit={(slug) =>
          onChange(slug.trim() ? { slug, slugLocked: true } : { slug: '', slugLocked: false })
        }
        onUnlock={() => onChange({ slugLocked: false }, { now: true })}
        outcome={slugOutcome(meta, props.publications ?? {}) ?? unicodeSlugNote(meta)}
      />
      <Field
        label={t('details.excerpt')}
        htmlFor="meta-excerpt"
        aside={
          <span className="ui-length-hint">
            {t('details.characters', {
              count: meta.excerpt.length,
              formatted: formatNumber(meta.excerpt.length),
            })}
          </span>
        }
      >
        <textarea
          id="meta-excerpt"
          className="ui-input"
          dir="auto"
          rows={3}
          placeholder={t('details.excerptPlaceholder')}
          data-testid="meta-excerpt"
          {...text('excerpt')}
        />
      </Field>
      <Field label={t('details.site')} htmlFor="meta-site">
        <select
          id="meta-site"
          className="ui-input"
          data-testid="meta-site"
          value={site?.id ?? ''}
          onChange={(e) => onChange({ siteId: e.target.value || null })}
        >
          <option value="">{t('details.noSite')}</option>
          {sites.map((s) => (
            <option key={s.id} value={s.id}>
              {s.name}
            </option>
          ))}
          {meta.siteId !== null && site === null && sites.length > 0 && (
            <option value={meta.siteId} disabled>
              {t('details.removedSite')}
            </option>
          )}
        </select>
      </Field>
      <CategoryField
        value={meta.category}
        site={site}
        libraryCategories={facets.categories}
        onChange={(category) => onChange({ category })}
      />
      <Field label={t('details.tags')} htmlFor="meta-tags">
        <TagInput
          id="meta-tags"
          tags={meta.tags}
          suggestions={facets.tags}
          onChange={(tags) => onChange({ tags })}
        />
      </Field>
      <Field label={t('details.author')} htmlFor="meta-author">
        <input
          id="meta-author"
          className="ui-input"
          data-testid="meta-author"
          {...text('author')}
        />
      </Field>
      <Field label={t('details.publishDate')} htmlFor="meta-publish-date">
        <input
          id="meta-publish-date"
          type="datetime-local"
          className="ui-input"
          data-testid="meta-publish-date"
          value={toDateTimeLocal(meta.publishDate)}
          onChange={(e) => onChange({ publishDate: fromDateTimeLocal(e.target.value) })}
        />
      </Field>
      <FeaturedImageField
        articleId={meta.id}
        image={meta.featuredImage}
        onChange={(featuredImage) => onChange({ featuredImage })}
      />
      <h3 className="ui-meta-section">{t('details.searchEngines')}</h3>
      <Field
        label={t('details.seoTitle')}
        htmlFor="meta-seo-title"
        aside={
          <LengthHint
            testId="seo-title-length"
            length={(meta.seoTitle || meta.title).length}
            ideal={SEO_TITLE_IDEAL}
            fallback={meta.seoTitle === '' && meta.title !== '' ? 'title' : undefined}
          />
        }
      >
        <input
          id="meta-seo-title"
          className="ui-input"
          placeholder={meta.title || t('details.seoTitlePlaceholder')}
          data-testid="meta-seo-title"
          {...text('seoTitle')}
        />
      </Field>
      <Field
        label={t('details.seoDescription')}
        htmlFor="meta-seo-description"
        aside={
          <LengthHint
            length={(meta.seoDescription || meta.excerpt).length}
            ideal={SEO_DESCRIPTION_IDEAL}
            fallback={meta.seoDescription === '' && meta.excerpt !== '' ? 'excerpt' : undefined}
          />
        }
      >
        <textarea
          id="meta-seo-description"
          className="ui-input"
          rows={3}
          placeholder={meta.excerpt || t('details.seoDescriptionPlaceholder')}
          data-testid="meta-seo-description"
          {...text('seoDescription')}
        />
      </Field>
    </div>
  )
}
