import { useId, type JSX } from 'react'
import { useTranslation } from 'react-i18next'
import type { SiteProfile } from '@shared/sites/SiteProfile'
import { Field } from './Field'

/** Props of {@link CategoryField}. */
export interface CategoryFieldProps {
  value: string
  /** The article's site: its categories are offered first. */
  site: SiteProfile | null
  /** Categories used elsewhere in the library, offered when there is no site. */
  libraryCategories: readonly string[]
  onChange(category: string): void
}

/**
 * The category, free text with suggestions: the site's own categories when the article has a
 * site (with a gentle note when the typed one is not among them), else the library's.
 */
export function CategoryField(props: CategoryFieldProps): JSX.Element {
  const { t } = useTranslation()
  const { value, site } = props
  const listId = useId()
  const options = site && site.categories.length > 0 ? site.categories : props.libraryCategories
  const trimmed = value.trim()
  const outsideSite =
    site !== null &&
    site.categories.length > 0 &&
    trimmed !== '' &&
    !site.categories.some((c) => c.toLowerCase() === trimmed.toLowerCase())
  return (
    <Field
      label={t('details.category')}
      htmlFor="meta-category"
      help={
        outsideSite ? (
          <span data-testid="category-hint">
            {t('details.categoryNotOnSite', { site: site.name, category: trimmed })}
          </span>
        ) : undefined
      }
    >
      <input
        id="meta-category"
        className="ui-input"
        list={listId}
        placeholder={t('details.categoryExample', {
          category: site?.categories[0] ?? t('details.categorySample'),
        })}
        data-testid="meta-category"
        value={value}
        onChange={(e) => props.onChange(e.target.value)}
      />
      <datalist id={listId} data-testid="meta-category-options">
        {options.map((c) => (
          <option key={c} value={c} />
        ))}
      </datalist>
    </Field>
  )
}
