import type { Messages } from '../Messages'

/** German: short notices at the bottom of the window. */
export const toasts: Messages['toasts'] = {
  imported_one: '{{formatted}} Artikel importiert.',
  imported_other: '{{formatted}} Artikel importiert.',
  exportedMany_one: '{{formatted}} Artikel exportiert nach {{path}}',
  exportedMany_other: '{{formatted}} Artikel exportiert nach {{path}}',
  exported: 'Exportiert nach {{path}}',
  reviewCopySaved: 'Prüfexemplar gespeichert unter {{path}}',
  pdfSaved: 'PDF gespeichert unter {{path}}',
  exportFailed: 'Der Export konnte nicht erstellt werden.',
  exportNotSaved:
    'Ihre letzten Änderungen sind noch nicht gespeichert, daher wurde nichts exportiert.',
  open: 'Öffnen',
  showInFolder: 'Im Ordner zeigen',
  openFailed: 'Copydesk konnte die Datei nicht öffnen.',
  showFailed: 'Copydesk konnte die Datei nicht in ihrem Ordner zeigen.',
  leftUnsaved:
    'Änderungen an „{{title}}“ sind noch nicht gespeichert. Copydesk versucht es weiter.',
  openedFromSite:
    '„{{title}}“ von {{site}} geöffnet. Eine Veröffentlichung aktualisiert diesen Beitrag.',
}

/** German: the preview's export buttons. */
export const exportButtons: Messages['exportButtons'] = {
  review: 'Prüfexemplar exportieren',
  reviewBusy: 'Wird exportiert …',
  pdf: 'PDF exportieren',
  pdfBusy: 'PDF wird erstellt …',
}
