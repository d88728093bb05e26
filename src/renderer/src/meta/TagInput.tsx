import { useId, useRef, useState, type JSX, type KeyboardEvent } from 'react'
import { useTranslation } from 'react-i18next'
import { addTags } from './addTags'

/** Props of {@link TagInput}. */
export interface TagInputProps {
  tags: readonly string[]
  onChange(tags: string[]): void
  /** Tags used elsewhere in the library, offered while typing. */
  suggestions?: readonly string[]
  id?: string
  /** What the items are, for the labels and the empty box's prompt ("tag" by default). */
  kind?: 'tag' | 'category'
  testId?: string
}

/**
 * Tags as chips: Enter or a comma adds what was typed, Backspace in the empty box removes the
 * last chip, each chip has its own remove button. Pasting "a, b, c" adds three.
 */
export function TagInput(props: TagInputProps): JSX.Element {
  const { t } = useTranslation()
  const { tags, onChange, suggestions = [], id, kind = 'tag' } = props
  const words =
    kind === 'tag'
      ? {
          add: t('details.addTag'),
          addMany: t('details.addTags'),
          remove: 'details.removeTag' as const,
        }
      : {
          add: t('details.addCategory'),
          addMany: t('details.addCategories'),
          remove: 'details.removeCategory' as const,
        }
  const [text, setText] = useState('')
  const input = useRef<HTMLInputElement>(null)
  const listId = useId()

  const commit = (raw: string): void => {
    const next = addTags(tags, raw)
    if (next !== tags) onChange([...next])
  }

  const onType = (value: string): void => {
    const cut = value.lastIndexOf(',')
    if (cut < 0) {
      setText(value)
      return
    }
    commit(value.slice(0, cut))
    setText(value.slice(cut + 1).trimStart())
  }

  const onKeyDown = (event: KeyboardEvent<HTMLInputElement>): void => {
    if (event.key === 'Enter') {
      event.preventDefault()
      commit(text)
      setText('')
    } else if (event.key === 'Backspace' && text === '' && tags.length > 0) {
      event.preventDefault()
      onChange(tags.slice(0, -1))
    }
  }

  const remaining = suggestions.filter(
    (s) => !tags.some((t) => t.toLowerCase() === s.toLowerCase()),
  )

  return (
    <div className="ui-tag-input" onClick={() => input.current?.focus()}>
      {tags.map((tag) => (
        <span key={tag} className="ui-chip" data-testid="tag-chip">
          {tag}
          <button
            type="button"
            className="ui-chip-remove"
            aria-label={t(words.remove, { item: tag })}
            onClick={(event) => {
              event.stopPropagation()
              onChange(tags.filter((t) => t !== tag))
              input.current?.focus()
            }}
          >
            ×
          </button>
        </span>
      ))}
      <input
        ref={input}
        id={id}
        value={text}
        list={remaining.length > 0 ? listId : undefined}
        placeholder={tags.length === 0 ? words.addMany : ''}
        aria-label={words.add}
        data-testid={props.testId ?? 'tags-input'}
        onChange={(e) => onType(e.target.value)}
        onKeyDown={onKeyDown}
        onBlur={() => {
          if (text.trim() === '') return
          commit(text)
          setText('')
        }}
      />
      {remaining.length > 0 && (
        <datalist id={listId}>
          {remaining.map((s) => (
            <option key={s} value={s} />
          ))}
        </datalist>
      )}
    </div>
  )
}
