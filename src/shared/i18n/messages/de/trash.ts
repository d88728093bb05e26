import type { Messages } from '../Messages'

/** German: the trash. */
export const trash: Messages['trash'] = {
  title: 'Papierkorb',
  show: 'Papierkorb anzeigen',
  back: 'Zurück zur Bibliothek',
  empty: 'Der Papierkorb ist leer.',
  listLabel: 'Papierkorb',
  deleted: 'Gelöscht: {{when}}',
  restore: 'Wiederherstellen',
  emptyTrash: 'Papierkorb leeren',
  confirmTitle: 'Papierkorb leeren?',
  confirm: 'Endgültig löschen',
  confirmText_one:
    'Der Artikel im Papierkorb wird mit seinen Bildern und seinem Verlauf endgültig gelöscht. Das lässt sich nicht rückgängig machen.',
  confirmText_other:
    'Die {{formatted}} Artikel im Papierkorb werden mit ihren Bildern und ihrem Verlauf endgültig gelöscht. Das lässt sich nicht rückgängig machen.',
  deletedForGood_one: '{{formatted}} Artikel endgültig gelöscht.',
  deletedForGood_other: '{{formatted}} Artikel endgültig gelöscht.',
  moved: 'In den Papierkorb verschoben',
  undo: 'Rückgängig',
  restored: '„{{title}}“ ist wieder in der Bibliothek.',
  open: 'Öffnen',
  notRestored: 'Der Artikel konnte nicht wiederhergestellt werden.',
  notMoved: 'Der Artikel konnte nicht in den Papierkorb verschoben werden.',
  notSavedStays:
    'Die letzten Änderungen konnten nicht gespeichert werden, daher bleibt der Artikel, wo er ist.',
}

/** German: the library pane around its list. */
export const libraryPane: Messages['libraryPane'] = {
  label: 'Bibliothek',
  title: 'Bibliothek',
  dropHint:
    'Word-, Markdown-, HTML- oder WordPress-Exportdateien hier ablegen, um sie zu importieren',
  places: 'Artikel anzeigen',
  all: 'Alle',
  local: 'Auf diesem Computer',
  team: 'Team',
  noTeamArticles:
    'Noch keine Team-Artikel. Um einen zu teilen, wählen Sie in seinem Menü „In das Team verschieben“.',
  noArticles: 'Noch keine Artikel.',
  notCreated: 'Ein neuer Artikel konnte nicht angelegt werden.',
  notDuplicated: 'Der Artikel konnte nicht dupliziert werden.',
  duplicate: 'Duplizieren',
  moveToTeam: 'In das Team verschieben',
  copyToComputer: 'Auf diesen Computer kopieren',
  moveToTrash: 'In den Papierkorb',
  removeFromComputer: 'Von diesem Computer entfernen',
  removeFromComputerHint:
    'Das Team behält den Artikel; Sie können ihn aus dem Papierkorb wiederherstellen.',
  newArticle: 'Neu',
  rowMenu: 'Duplizieren oder in den Papierkorb',
  teamBadge: 'Team',
}
