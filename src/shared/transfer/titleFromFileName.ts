import { t } from '../i18n/i18n'
/** A readable title from a file name: `2024-05-01-our-new-office.md` → `Our new office`. */
export function titleFromFileName(fileName: string): string {
  const base = fileName.replace(/^.*[\\/]/, '').replace(/\.[^.]*$/, '')
  const words = base
    .replace(/^\d{4}-\d{2}-\d{2}-/, '')
    .replace(/[-_]+/g, ' ')
    .trim()
  if (words === '') return t('libraryMain.untitled')
  return (words.charAt(0).toUpperCase() + words.slice(1)).slice(0, 1000)
}
