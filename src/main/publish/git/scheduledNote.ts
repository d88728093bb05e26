import { t } from '@shared/i18n/i18n'
import type { GitPreset } from '@shared/sites/targets'

/** What the site's generator does with a post dated in the future, in plain words. */
export function scheduledNote(preset: GitPreset, date: Date): string {
  const when = date.toISOString().slice(0, 16).replace('T', ' ')
  switch (preset) {
    case 'hugo':
      return t('targetsMain.git.scheduled.hugo', { when })
    case 'jekyll':
      return t('targetsMain.git.scheduled.jekyll', { when })
    case 'astro':
    case 'eleventy':
      return t('targetsMain.git.scheduled.rebuilt', { when })
    case 'custom':
      return t('targetsMain.git.scheduled.custom', { when })
  }
}
