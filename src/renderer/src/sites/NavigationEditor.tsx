import type { JSX } from 'react'
import { useTranslation } from 'react-i18next'
import type { SiteDraft } from '@shared/sites/SiteProfile'
import { Icon } from '../ui/Icon'

type NavLink = SiteDraft['navigation'][number]

/** Props of {@link NavigationEditor}. */
export interface NavigationEditorProps {
  links: readonly NavLink[]
  onChange(links: NavLink[]): void
  /** Problems by row, from validation. */
  errors?: Record<number, string>
}

/** The links of the site's header, as rows of label and address. */
export function NavigationEditor({
  links,
  onChange,
  errors = {},
}: NavigationEditorProps): JSX.Element {
  const { t } = useTranslation()
  const update = (index: number, patch: Partial<NavLink>): void =>
    onChange(links.map((link, i) => (i === index ? { ...link, ...patch } : link)))
  return (
    <div className="ui-nav-editor" data-testid="site-navigation">
      {links.length === 0 && <p className="ui-field-help">{t('sites.noLinks')}</p>}
      {links.map((link, index) => (
        <div key={index} className="ui-nav-row-wrap">
          <div className="ui-nav-row">
            <input
              className="ui-input"
              aria-label={t('sites.linkLabel', { n: index + 1 })}
              placeholder={t('sitesForm.navLabelPlaceholder')}
              data-testid="site-nav-label"
              value={link.label}
              onChange={(e) => update(index, { label: e.target.value })}
            />
            <input
              className="ui-input"
              aria-label={t('sites.linkAddress', { n: index + 1 })}
              placeholder={t('sitesForm.navAddressPlaceholder')}
              spellCheck={false}
              data-testid="site-nav-url"
              value={link.url}
              onChange={(e) => update(index, { url: e.target.value })}
            />
            <button
              type="button"
              className="ui-icon-button"
              aria-label={t('sites.removeLinkN', { n: index + 1 })}
              title={t('sites.removeLink')}
              onClick={() => onChange(links.filter((_, i) => i !== index))}
            >
              <Icon name="close" />
            </button>
          </div>
          {errors[index] && <p className="ui-field-error">{errors[index]}</p>}
        </div>
      ))}
      <div>
        <button
          type="button"
          className="ui-button ui-button-small"
          data-testid="site-nav-add"
          disabled={links.length >= 50}
          onClick={() => onChange([...links, { label: '', url: '' }])}
        >
          {t('sites.addLink')}
        </button>
      </div>
    </div>
  )
}
