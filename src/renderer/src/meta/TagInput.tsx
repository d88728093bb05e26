import { useId, useRef, useState, type JSX, type KeyboardEvent } from 'react'
import { addTags } from './addTags'

/** Props of {@link TagInput}. */
export interface TagInputProps {
  tags: readonly string[]
  onChange(tags: string[]): void
  /** Tags used elsewhere in the library, offered while typing. */
  suggestions?: readonly string[]
  id?: string
  /** What one item is called, for labels ("tag" by default). */
  noun?: string
  /** Shown in the empty box ("Add tags" by default). */
  placeholder?: string
  testId?: string
}

/**
 * Tags as chips: Enter or a comma adds what was typed, Backspace in the empty box removes the
 * last chip, each chip has its own remove button. Pasting "a, b, c" adds three.
 */
export function TagInput(props: TagInputProps): JSX.Element {
  const { tags, onChange, suggestions = [], id, noun = 'tag' } = props
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
            aria-label={`Remove ${noun} ${tag}`}
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
        placeholder={tags.length === 0 ? (props.placeholder ?? 'Add tags') : ''}
        aria-label={`Add a ${noun}`}
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
