import type { JSX } from 'react'
import { useTranslation } from 'react-i18next'

/** Props of {@link TitleInput}. */
export interface TitleInputProps {
  value: string
  autoFocus: boolean
  /** Shown but not editable (a reviewer of a team article). */
  readOnly?: boolean
  onChange(title: string): void
  onBlur(): void
}

/** A title is one line of text, however it was typed or pasted. */
const oneLine = (text: string): string => text.replace(/\s*[\r\n]+\s*/g, ' ')

/**
 * The article's title above the body: a textarea so long titles wrap, kept to one line;
 * Enter (or ↓ at the end) moves on to the text.
 */
export function TitleInput({
  value,
  autoFocus,
  readOnly = false,
  onChange,
  onBlur,
}: TitleInputProps): JSX.Element {
  const { t } = useTranslation()
  return (
    <textarea
      className="ui-title-input"
      dir="auto"
      rows={1}
      placeholder={t('workspace.title')}
      aria-label={t('workspace.title')}
      data-testid="title-input"
      spellCheck
      // Starting a new article is a request to type its title.
      autoFocus={autoFocus}
      value={value}
      readOnly={readOnly}
      onChange={(e) => onChange(oneLine(e.target.value))}
      onBlur={onBlur}
      onKeyDown={(e) => {
        const atEnd = e.currentTarget.selectionStart === e.currentTarget.value.length
        if (e.key !== 'Enter' && !(e.key === 'ArrowDown' && atEnd)) return
        e.preventDefault()
        document.querySelector<HTMLElement>('[data-testid=editor] .ProseMirror')?.focus()
      }}
    />
  )
}
