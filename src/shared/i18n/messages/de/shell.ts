import type { Messages } from '../Messages'

/** German: the top bar, the library's search and filters, the save state and About. */
export const shell: Messages['shell'] = {
  toolbar: {
    showLibrary: 'Bibliothek zeigen',
    publish: 'Veröffentlichen',
    review: 'Prüfung und Kommentare',
    history: 'Verlauf',
    preview: 'Vorschau',
    showDetails: 'Details zeigen',
    focus: 'Auf den Text konzentrieren',
    focusHint: 'Auf den Text konzentrieren: Bibliothek, Details und Vorschau ausblenden',
    settings: 'Einstellungen',
  },
  search: {
    hint: 'Suchen',
    placeholder: 'Titel und Text durchsuchen',
    label: 'Artikel durchsuchen',
    indexing:
      'Die Bibliothek wird noch indiziert: Weitere Artikel und Suchergebnisse erscheinen gleich.',
  },
  filters: {
    byStatus: 'Nach Status filtern',
    status: 'Status',
    byCategory: 'Nach Kategorie filtern',
    category: 'Kategorie',
    byTag: 'Nach Schlagwort filtern',
    tag: 'Schlagwort',
  },
  save: {
    saved: 'Gespeichert',
    saving: 'Wird gespeichert …',
    savedAt: 'Gespeichert um {{time}}',
    notSaved: 'Nicht gespeichert: {{message}}',
    retry: 'Erneut versuchen',
    retryHint: 'Copydesk versucht es außerdem alle {{seconds}} s von selbst',
  },
  about: {
    title: 'Über Copydesk',
    tagline: 'Artikel offline entwerfen, ihre Angaben ergänzen und jede Fassung behalten.',
    version: 'Version {{version}} · {{platform}} · {{runtime}}',
    desktop: 'Desktop-App',
    browser: 'Browserfenster',
    close: 'Schließen',
  },
}
