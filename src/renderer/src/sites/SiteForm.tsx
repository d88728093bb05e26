import { useEffect, useState, type JSX } from 'react'
import { useTranslation } from 'react-i18next'
import type { SiteDraft, SiteProfile } from '@shared/sites/SiteProfile'
import { ApprovalSetting } from '../publish/ApprovalSetting'
import { useBridgeAction } from '../api/useBridgeAction'
import { TagInput } from '../meta/TagInput'
import { NavigationEditor } from './NavigationEditor'
import { PendingSecrets, PendingSecretsContext } from './PendingSecrets'
import { PublishingSection } from './PublishingSection'
import { ThemeSection } from './ThemeSection'
import {
  cleanSiteDraft,
  hasErrors,
  validateSiteDraft,
  type SiteDraftErrors,
} from './validateSiteDraft'

/** Props of {@link SiteForm}. */
export interface SiteFormProps {
  /** The site being edited; null for a new one. */
  saved: SiteProfile | null
  onSaved(site: SiteProfile): void
  onRemove(site: SiteProfile): void
  /** Reports whether the form holds changes not saved yet. */
  onDirty(dirty: boolean): void
}

const EMPTY_DRAFT: SiteDraft = {
  name: '',
  url: '',
  categories: [],
  navigation: [],
  theme: { kind: 'builtin', id: 'newsroom' },
  target: null,
}

/** The draft a saved site starts the form with. */
export function draftOf(site: SiteProfile | null): SiteDraft {
  if (!site) return EMPTY_DRAFT
  const { name, url, categories, navigation, theme, target, keepRemoteImages, requireApproval } =
    site
  const draft: SiteDraft = { name, url, categories, navigation, theme, target }
  if (keepRemoteImages) draft.keepRemoteImages = true
  if (requireApproval) draft.requireApproval = true
  return draft
}

/** One site's settings: name, address, categories, navigation, theme and publishing. */
export function SiteForm({ saved, onSaved, onRemove, onDirty }: SiteFormProps): JSX.Element {
  const { t } = useTranslation()
  const [base, setBase] = useState(() => draftOf(saved))
  const [draft, setDraft] = useState(base)
  const [errors, setErrors] = useState<SiteDraftErrors>({})
  const [pending] = useState(() => new PendingSecrets())
  const saving = useBridgeAction(
    (api, clean: SiteDraft) =>
      saved ? api.sites.update({ id: saved.id, draft: clean }) : api.sites.create(clean),
    t('sites.saveFailed'),
  )
  const storing = useBridgeAction(async (api, id: string) => {
    for (const [name, value] of pending.entries()) {
      await api.sites.saveSecret({ id, name, value })
    }
    pending.clear()
  }, t('sites.secretFailed'))
  const failure = saving.error ?? storing.error
  const [justSaved, setJustSaved] = useState(false)
  // Remounts the theme section when the form is reset, so its choice follows the draft.
  const [resets, setResets] = useState(0)
  const dirty = JSON.stringify(draft) !== JSON.stringify(base)

  useEffect(() => onDirty(dirty), [dirty, onDirty])

  const change = (patch: Partial<SiteDraft>): void => {
    setDraft((d) => ({ ...d, ...patch }))
    setJustSaved(false)
    // Errors clear as the person fixes them, but do not appear before the first save.
    if (hasErrors(errors)) setErrors(validateSiteDraft({ ...draft, ...patch }))
  }

  const save = async (): Promise<void> => {
    const found = validateSiteDraft(draft)
    setErrors(found)
    saving.clearError()
    if (hasErrors(found)) return
    const outcome = await saving.run(cleanSiteDraft(draft))
    if (!outcome.ok) return
    const site = outcome.value
    if (!saved) await storing.run(site.id)
    const next = draftOf(site)
    setBase(next)
    setDraft(next)
    setJustSaved(true)
    onSaved(site)
  }

  // A capture saved the site with its new theme; other edits in the form stay as typed.
  const captured = (site: SiteProfile): void => {
    setBase((b) => ({ ...b, theme: site.theme }))
    setDraft((d) => ({ ...d, theme: site.theme }))
    onSaved(site)
  }

  return (
    <PendingSecretsContext.Provider value={pending}>
      <form
        className="ui-site-form"
        data-testid="site-form"
        noValidate
        onSubmit={(e) => {
          e.preventDefault()
          void save()
        }}
      >
        <div className="ui-field">
          <div className="ui-field-label">
            <label htmlFor="site-name">{t('sites.name')}</label>
          </div>
          <input
            id="site-name"
            className="ui-input"
            placeholder={t('sites.namePlaceholder')}
            maxLength={200}
            aria-invalid={errors.name ? true : undefined}
            data-testid="site-name"
            value={draft.name}
            onChange={(e) => change({ name: e.target.value })}
          />
          {errors.name && <p className="ui-field-error">{errors.name}</p>}
        </div>
        <div className="ui-field">
          <div className="ui-field-label">
            <label htmlFor="site-url">{t('sites.url')}</label>
          </div>
          <input
            id="site-url"
            className="ui-input"
            type="url"
            spellCheck={false}
            placeholder="https://news.example.com/"
            maxLength={2048}
            aria-invalid={errors.url ? true : undefined}
            data-testid="site-url"
            value={draft.url}
            onChange={(e) => change({ url: e.target.value })}
          />
          {errors.url && <p className="ui-field-error">{errors.url}</p>}
        </div>
        <div className="ui-field">
          <div className="ui-field-label">
            <label htmlFor="site-categories">{t('sites.categories')}</label>
          </div>
          <TagInput
            id="site-categories"
            tags={draft.categories}
            kind="category"
            testId="site-categories"
            onChange={(categories) => change({ categories })}
          />
          <div className="ui-field-help">{t('sites.categoriesHelp')}</div>
        </div>
        <fieldset className="ui-site-section">
          <legend>{t('sites.navigation')}</legend>
          <NavigationEditor
            links={draft.navigation}
            errors={errors.navigation}
            onChange={(navigation) => change({ navigation })}
          />
        </fieldset>
        <div className="ui-field">
          <label className="ui-field-check">
            <input
              type="checkbox"
              data-testid="site-keep-remote-images"
              checked={draft.keepRemoteImages === true}
              onChange={(e) => change({ keepRemoteImages: e.target.checked || undefined })}
            />
            {t('sites.keepRemoteImages')}
          </label>
          <div className="ui-field-help">{t('sites.keepRemoteImagesHelp')}</div>
        </div>
        <ThemeSection
          key={resets}
          saved={saved}
          theme={draft.theme}
          onTheme={(theme) => change({ theme })}
          onCaptured={captured}
        />
        <PublishingSection
          siteId={saved?.id ?? null}
          target={draft.target}
          error={errors.target}
          unsaved={dirty}
          onChange={(target) => change({ target })}
          onCategories={(categories) =>
            change({ categories: [...new Set([...draft.categories, ...categories])] })
          }
        />
        <ApprovalSetting
          required={draft.requireApproval === true}
          onChange={(required) => change({ requireApproval: required || undefined })}
        />
        {failure && (
          <p className="ui-field-error" role="alert" data-testid="site-save-error">
            {failure}
          </p>
        )}
        <div className="ui-site-form-actions">
          {saved && (
            <button
              type="button"
              className="ui-button ui-button-danger-quiet"
              data-testid="site-remove"
              onClick={() => onRemove(saved)}
            >
              {t('sites.remove')}
            </button>
          )}
          <span className="ui-toolbar-spacer" />
          {justSaved && !dirty && (
            <span className="ui-hint" role="status">
              {t('sites.saved')}
            </span>
          )}
          {dirty && saved && (
            <button
              type="button"
              className="ui-button"
              onClick={() => {
                setDraft(base)
                setErrors({})
                setResets((n) => n + 1)
              }}
            >
              {t('sites.revert')}
            </button>
          )}
          <button
            type="submit"
            className="ui-button ui-button-primary"
            disabled={saving.busy || (saved !== null && !dirty)}
            data-testid="site-save"
          >
            {saving.busy ? t('sites.saving') : saved ? t('sites.saveChanges') : t('sites.addSite')}
          </button>
        </div>
      </form>
    </PendingSecretsContext.Provider>
  )
}
