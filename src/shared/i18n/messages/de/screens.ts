import type { Messages } from '../Messages'

/** German: the start failure, banners, import summary, paste, preview parts, site posts. */
export const screens: Messages['screens'] = {
  fatal: {
    title: 'Copydesk konnte nicht starten',
    tryAgain: 'Erneut versuchen',
  },
  libraryBanner: {
    stillUnavailable: 'Die Bibliothek ist weiterhin nicht verfügbar.',
    folderUnusable: 'Dieser Ordner kann nicht verwendet werden.',
    tryAgain: 'Erneut versuchen',
    chooseAnother: 'Andere Bibliothek wählen …',
  },
  quarantine: {
    one: '1 Artikel konnte nicht geöffnet werden und wurde beiseitegelegt: {{reason}}. Seine Datei liegt in {{movedTo}}.',
    many: '{{count}} Artikel konnten nicht geöffnet werden und wurden beiseitegelegt. Ihre Dateien liegen im Quarantäne-Ordner der Bibliothek:',
    item: '{{file}}: {{reason}} (liegt in {{movedTo}})',
  },
  importSummary: {
    title: 'Import abgeschlossen',
    ok: 'OK',
    imported_one: '{{count}} Artikel als Entwurf importiert.',
    imported_other: '{{count}} Artikel als Entwürfe importiert.',
    importedSkipped_one: '{{count}} Artikel als Entwurf importiert, {{skipped}} nicht importiert.',
    importedSkipped_other:
      '{{count}} Artikel als Entwürfe importiert, {{skipped}} nicht importiert.',
    notImported: 'Nicht importiert',
    worthKnowing: 'Gut zu wissen',
  },
  paste: {
    pasting: 'Wird eingefügt …',
    soFar: 'Bisher eingefügt',
  },
  preview: {
    pageWidth: 'Seitenbreite',
    widths: { desktop: 'Desktop', tablet: 'Tablet', phone: 'Smartphone' },
    widthLabel: '{{label}}, {{px}} px breit',
    widthTitle: '{{label}}, {{px}} px breit',
    themeError: 'Das Design hat einen Fehler.',
    themeErrorIn: 'Das Design hat einen Fehler in {{place}}.',
    line: 'Zeile {{line}}',
    lastGood:
      'Gezeigt wird die letzte Fassung, die funktioniert hat. Beheben Sie den Fehler in der Design-Datei, dann aktualisiert sich die Vorschau.',
  },
  sitePosts: {
    readFailed: 'Die Beiträge der Website konnten nicht gelesen werden.',
    openFailed: 'Der Beitrag konnte nicht geöffnet werden.',
    title: 'Beitrag von einer Website öffnen',
    noSites:
      'Noch keine Website, von der sich Beiträge öffnen lassen. Verbinden Sie unter Einstellungen → Websites eine WordPress- oder Ghost-Website oder ein Git-Repository und kommen Sie dann hierher zurück.',
    site: 'Website',
    show: 'Zeigen',
    posts: 'Beiträge',
    pages: 'Seiten',
    search: 'Suchen',
    searchPlaceholder: 'Wörter im Titel',
    reading: 'Die Beiträge von {{site}} werden gelesen …',
    tryAgain: 'Erneut versuchen',
    noPostMatches: 'Kein Beitrag auf {{site}} passt zu „{{words}}“.',
    noPageMatches: 'Keine Seite auf {{site}} passt zu „{{words}}“.',
    noPosts: '{{site}} hat noch keine Beiträge.',
    noPages: '{{site}} hat noch keine Seiten.',
    postsOf: 'Beiträge von {{site}}',
    pagesOf: 'Seiten von {{site}}',
    newer: 'Neuere',
    older: 'Ältere',
    opening: 'Wird geöffnet …',
    page: 'Seite {{page}}',
    noDate: 'Ohne Datum',
    status: {
      published: 'Veröffentlicht',
      scheduled: 'Geplant',
      draft: 'Entwurf',
      pending: 'Wartet auf Prüfung',
      private: 'Privat',
    },
  },
}
