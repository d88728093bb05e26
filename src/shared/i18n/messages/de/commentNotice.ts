import type { Messages } from '../Messages'

/** German: what a comment's answer says when another program wrote the article too. */
export const commentNotice: Messages['commentNotice'] = {
  reapplied:
    'Ein anderes Programm (ein Synchronisierdienst, ein anderer Computer) hat diesen Artikel inzwischen geändert. Ihr Kommentar wurde jener Fassung hinzugefügt, es geht nichts verloren.',
  kept: 'Ein anderes Programm (ein Synchronisierdienst, ein anderer Computer) hat diesen Artikel gespeichert, während Ihr Kommentar gespeichert wurde. Ihr Kommentar ist gespeichert; die andere Fassung liegt im Verlauf als „Andere Fassung (anderswo geändert)“.',
}
