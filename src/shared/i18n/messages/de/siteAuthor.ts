import type { Messages } from '../Messages'

/** Was ein Veröffentlichungsplan zum Autor des Artikels auf einem CMS (WordPress, Ghost) sagt. */
export const siteAuthor: Messages['siteAuthor'] = {
  unmatchedKeeps:
    'Auf der Website gibt es keinen Benutzer namens „{{author}}“, daher behält der Beitrag seinen bisherigen Autor.',
  unmatchedPublisher:
    'Auf der Website gibt es keinen Benutzer namens „{{author}}“, daher wird das veröffentlichende Konto als Autor eingetragen.',
  unmatchedOwner:
    'Auf der Website gibt es keinen Benutzer namens „{{author}}“, daher wird der Eigentümer der Website als Autor eingetragen.',
}
