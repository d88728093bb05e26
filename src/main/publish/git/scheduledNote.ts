import type { GitPreset } from '@shared/sites/targets'

/** What the site's generator does with a post dated in the future, in plain words. */
export function scheduledNote(preset: GitPreset, date: Date): string {
  const when = date.toISOString().slice(0, 16).replace('T', ' ')
  switch (preset) {
    case 'hugo':
      return `Dated ${when} UTC: Hugo leaves future posts out until the site is rebuilt after that time (unless it builds with --buildFuture).`
    case 'jekyll':
      return `Dated ${when} UTC: Jekyll leaves future posts out until the site is rebuilt after that time (unless its settings say future: true).`
    case 'astro':
    case 'eleventy':
      return `Dated ${when} UTC: the site shows the post as soon as it is rebuilt, with this date, unless its templates hide future posts.`
    case 'custom':
      return `Dated ${when} UTC: whether the post appears before that date depends on the site’s generator.`
  }
}
