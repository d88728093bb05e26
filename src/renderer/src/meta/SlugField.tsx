import { useState, type JSX } from 'react'
import { useTranslation } from 'react-i18next'
import { Field } from './Field'

/** Props of {@link SlugField}. */
export interface SlugFieldProps {
  slug: string
  locked: boolean
  onEdit(slug: string): void
  /** Lets the slug follow the title again. */
  onUnlock(): void
  /** What publishing will do with the slug, once the article is published somewhere. */
  outcome?: string | null
}

/**
 * The slug follows the title until the writer edits it. While focused the field shows exactly
 * what was typed; the library's cleaned-up slug appears once focus leaves.
 */
export function SlugField(props: SlugFieldProps): JSX.Element {
  const { slug, locked, onEdit, onUnlock, outcome } = props
  const { t } = useTranslation()
  const [draft, setDraft] = useState<string | null>(null)
  return (
    <Field
      label={t('details.slug')}
      htmlFor="meta-slug"
      help={
        locked ? (
          <>
            {outcome ?? t('details.slugSetByHand')} ·{' '}
            <button
              type="button"
              className="ui-link-button"
              data-testid="slug-reset"
              onClick={onUnlock}
            >
              {t('details.slugReset')}
            </button>
          </>
        ) : (
          (outcome ?? t('details.slugFollowsTitle'))
        )
      }
    >
      <input
        id="meta-slug"
        className="ui-input ui-mono"
        data-testid="meta-slug"
        spellCheck={false}
        value={draft ?? slug}
        onFocus={() => setDraft(slug)}
        onBlur={() => setDraft(null)}
        onChange={(e) => {
          setDraft(e.target.value)
          onEdit(e.target.value)
        }}
      />
    </Field>
  )
}
