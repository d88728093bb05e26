import type { JSX } from 'react'

/** Props of {@link LengthHint}. */
export interface LengthHintProps {
  length: number
  ideal: number
  /** Names what is counted while the field is empty and another text stands in (“the title”). */
  fallback?: string
  testId?: string
}

/**
 * "48 / 60": turns amber past the ideal length, where search engines cut the text. While the
 * field is empty and another text is used instead, it counts that text and says so.
 */
export function LengthHint({ length, ideal, fallback, testId }: LengthHintProps): JSX.Element {
  const over = length > ideal
  const notes = [
    fallback && `Counts ${fallback}, which is used while this is empty.`,
    over && `Search results usually show about ${ideal} characters.`,
  ].filter(Boolean)
  return (
    <span
      className={over ? 'ui-length-hint ui-is-over' : 'ui-length-hint'}
      title={notes.length > 0 ? notes.join(' ') : undefined}
      data-testid={testId}
    >
      {fallback ? `${fallback}: ` : ''}
      {length} / {ideal}
    </span>
  )
}
