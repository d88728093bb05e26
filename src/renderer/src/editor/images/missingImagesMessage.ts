import { t } from '@shared/i18n/i18n'
import { formatList } from '@shared/format/localeFormat'
/** What to tell the person about pasted pictures that stayed behind, named as they know them. */
export function missingImagesMessage(names: readonly string[]): string {
  const [only] = names
  if (names.length === 1 && only !== undefined) {
    return t('screens.editorNotes.pictureMissing', { name: only })
  }
  const quoted = names.map((name) => t('screens.editorNotes.quoted', { name }))
  return t('screens.editorNotes.picturesMissing', {
    count: names.length,
    names: formatList(quoted),
  })
}
