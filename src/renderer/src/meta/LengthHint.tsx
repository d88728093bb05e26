import type { JSX } from 'react'
import { useTranslation } from 'react-i18next'
import { formatNumber } from '@shared/format/localeFormat'

/** Props of {@link LengthHint}. */
export interface LengthHintProps {
  length: number
  ideal: number
  /** Which text is counted while the field is empty and stands in for it. */
  fallback?: 'title' | 'excerpt'
  testId?: string
}

/**
 * "48 / 60": turns amber past the ideal length, where search engines cut the text. While the
 * field is empty and another text is used instead, it counts that text and says so.
 */
export function LengthHint({ length, ideal, fallback, testId }: LengthHintProps): JSX.Element {
  const { t } = useTranslation()
  const over = length > ideal
  const numbers = { length: formatNumber(length), ideal: formatNumber(ideal) }
  const notes = [
    fallback === 'title' && t('details.countsTitle'),
    fallback === 'excerpt' && t('details.countsExcerpt'),
    over && t('details.overIdeal', { ideal: numbers.ideal }),
  ].filter(Boolean)
  return (
    <span
      className={over ? 'ui-length-hint ui-is-over' : 'ui-length-hint'}
      title={notes.length > 0 ? notes.join(' ') : undefined}
      data-testid={testId}
    >
      {fallback
        ? t('details.lengthOf', {
            of: fallback === 'title' ? t('details.theTitle') : t('details.theExcerpt'),
            ...numbers,
          })
        : t('details.length', numbers)}
    </span>
  )
}
