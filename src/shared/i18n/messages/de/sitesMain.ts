import type { Messages } from '../Messages'

/** German: what Settings → Websites and saved files are told from the main side. */
export const sitesMain: Messages['sitesMain'] = {
  gone: 'Diese Website gibt es nicht mehr.',
  builtinFirst: 'Eine neue Website beginnt mit einem eingebauten Design.',
  noFolders: 'Ordner lassen sich hier nicht öffnen.',
  noSafeStore: 'Dieser Computer bietet keinen sicheren Ort für Passwörter.',
  captureFirst: 'Übernehmen Sie zuerst das Design von der Website.',
  themeFolder: 'Copydesk konnte den Design-Ordner der Website nicht einrichten.',
  name: 'Geben Sie der Website einen Namen.',
  articleAddress: 'Geben Sie die vollständige Adresse eines Artikels auf der Website ein.',
  httpAddress: 'Die Adresse muss mit https:// oder http:// beginnen.',
  captureFailed: 'Das Design konnte nicht übernommen werden. Das bisherige Design bleibt.',
  files: {
    noOpen: 'Dateien lassen sich hier nicht öffnen.',
    noShow: 'Dateien lassen sich hier nicht in ihrem Ordner zeigen.',
    onlySaved: 'Copydesk öffnet nur Dateien, die es für Sie gespeichert hat.',
    onlyWebLinks: 'Copydesk öffnet nur Web-Links (http, https) und E-Mail-Links.',
    gone: '{{path}} ist nicht mehr da; vielleicht wurde die Datei verschoben.',
    types: {
      html: 'Webseite',
      pdf: 'PDF-Dokument',
      md: 'Markdown',
      zip: 'ZIP-Archiv',
      docx: 'Word-Dokument',
    },
  },
}
