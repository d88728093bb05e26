import type { Messages } from '../Messages'

/** German: the Review panel. */
export const review: Messages['review'] = {
  status: 'Status',
  comments: 'Kommentare',
  openCount_one: ' · {{formatted}} offen',
  openCount_other: ' · {{formatted}} offen',
  comment: 'Kommentieren',
  writeComment: 'Kommentar schreiben …',
  noComments:
    'Noch keine Kommentare. Markieren Sie Text und drücken Sie {{shortcut}}, um ihn zu kommentieren.',
  statusHistory: 'Statusverlauf',
  deleteTitle: 'Diesen Kommentar löschen?',
  delete: 'Löschen',
  deleteText:
    'Der Kommentar und seine Antworten werden für alle entfernt, die diesen Artikel öffnen.',
  cancel: 'Abbrechen',
  someone: 'Jemand',
  detached: 'Losgelöst',
  detachedHint: 'Der kommentierte Text wurde gelöscht',
  resolved: 'Erledigt',
  showPassage: 'Textstelle zeigen',
  passageGone: 'Der kommentierte Text steht nicht mehr im Artikel',
  replies: 'Antworten',
  resolvedBy: 'Erledigt von {{name}}',
  replyCount_one: ' · {{formatted}} Antwort',
  replyCount_other: ' · {{formatted}} Antworten',
  reply: 'Antworten',
  replyPlaceholder: 'Antworten …',
  reopen: 'Wieder öffnen',
  resolve: 'Erledigt',
  selectFirst: 'Markieren Sie zuerst die Wörter, die Sie kommentieren möchten.',
  noStatusChanges:
    'Noch keine Statusänderungen. Jeder Wechsel zwischen Entwurf, In Prüfung, Freigegeben und Veröffentlicht erscheint hier mit dem Namen der Person, die ihn vorgenommen hat.',
  statusChanges: 'Statusänderungen',
  actions: {
    backToDraft: 'Zurück zum Entwurf',
    sendForReview: 'Zur Prüfung geben',
    approve: 'Freigeben',
  },
  timeline: {
    sent: '{{who}} hat ihn zur Prüfung gegeben',
    approved: '{{who}} hat ihn freigegeben',
    published: '{{who}} hat ihn als veröffentlicht markiert',
    created: '{{who}} hat ihn angelegt',
    backToDraft: '{{who}} hat ihn zurück zum Entwurf gestellt',
  },
  approval: {
    aReviewer: 'Eine prüfende Person',
    changed:
      '<strong>Nach der Freigabe geändert.</strong> {{who}} hat die Fassung vom {{when}} freigegeben; die Änderungen seither sind nicht geprüft.',
    showChanges: 'Änderungen zeigen',
    hideChanges: 'Änderungen ausblenden',
    sendAgain: 'Erneut zur Prüfung geben',
    finding: 'Freigegebene Fassung wird gesucht …',
    noCopy: 'Von der freigegebenen Fassung ist keine Kopie zum Vergleich erhalten.',
    badge: 'Nach Freigabe geändert',
    badgeHint: 'Nach der Freigabe geändert: Die Änderungen seither sind nicht geprüft.',
  },
}
