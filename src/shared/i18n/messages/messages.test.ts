import { describe, expect, it } from 'vitest'
import { de } from './de'
import { en } from './en'

/** Every key of a message tree, as `group.key`. */
function keysOf(tree: object, prefix = ''): string[] {
  return Object.entries(tree).flatMap(([key, value]) =>
    typeof value === 'string' ? [`${prefix}${key}`] : keysOf(value as object, `${prefix}${key}.`),
  )
}

/** The `{{name}}` placeholders of a message, sorted. */
function placeholders(message: string): string[] {
  return [...message.matchAll(/\{\{(\w+)\}\}/g)].map((m) => m[1] ?? '').sort()
}

function messageAt(tree: object, key: string): string {
  return key
    .split('.')
    .reduce<unknown>((node, part) => (node as Record<string, unknown>)[part], tree) as string
}

describe('the messages of each language', () => {
  it('gives German every key English has, and no other', () => {
    expect(keysOf(de).sort()).toEqual(keysOf(en).sort())
  })

  it('keeps every placeholder of the English message', () => {
    for (const key of keysOf(en)) {
      expect(placeholders(messageAt(de, key)), key).toEqual(placeholders(messageAt(en, key)))
    }
  })

  it('leaves no German message empty or in English', () => {
    const sameOnPurpose = new Set([
      'settings.tabs.team',
      'editor.toolbar.withShortcut',
      'editor.toolbar.underlineGlyph',
      'editor.toolbar.strikeGlyph',
      'editor.toolbar.link',
      'editor.keys.alt',
      'details.status',
      'details.length',
      'details.lengthOf',
      'workspace.tabs.details',
      'libraryPane.team',
      'libraryPane.teamBadge',
      'review.status',
      'sites.name',
      'sites.navigation',
      'publish.job.commit',
      'publish.outbox.joiner',
      'shell.filters.status',
      'shell.about.version',
      'team.heading',
      'teamMain.unnamedTeam',
      'sitesMain.files.types.md',
      'sitesForm.theme.blog',
      'sitesForm.ghost.keyHelp',
      'screens.importSummary.ok',
      'screens.preview.widths.desktop',
      'screens.preview.widths.tablet',
      'screens.previewPane.width',
      'targetsMain.wordpress.roles.administrator',
    ])
    for (const key of keysOf(en)) {
      expect(messageAt(de, key).trim(), key).not.toBe('')
      if (!sameOnPurpose.has(key)) expect(messageAt(de, key), key).not.toBe(messageAt(en, key))
    }
  })
})
