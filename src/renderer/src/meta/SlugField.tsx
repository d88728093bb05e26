import { useState, type JSX } from 'react'
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
  const [draft, setDraft] = useState<string | null>(null)
  return (
    <Field
      label="Slug"
      htmlFor="meta-slug"
      help={
        locked ? (
          <>
            {outcome ?? 'Set by hand'} ·{' '}
            <button
              type="button"
              className="ui-link-button"
              data-testid="slug-reset"
              onClick={onUnlock}
            >
              reset to title
            </button>
          </>
        ) : (
          (outcome ?? 'Follows the title')
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
