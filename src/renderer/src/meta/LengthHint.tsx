import type { JSX } from 'react'

/** "48 / 60": turns amber past the ideal length, where search engines cut the text. */
export function LengthHint({ length, ideal }: { length: number; ideal: number }): JSX.Element {
  const over = length > ideal
  return (
    <span
      className={over ? 'length-hint is-over' : 'length-hint'}
      title={over ? `Search results usually show about ${ideal} characters` : undefined}
    >
      {length} / {ideal}
    </span>
  )
}
