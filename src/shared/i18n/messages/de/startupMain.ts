import type { Messages } from '../Messages'

/** German: what starting Copydesk, switching libraries and reading its own files say. */
export const startupMain: Messages['startupMain'] = {
  couldNotStart: 'Copydesk konnte nicht starten',
  libraryNotOpened: 'Die Bibliothek konnte nicht geöffnet werden.',
  libraryNotChanged: 'Bibliothek nicht gewechselt',
  folderUnusable: 'Dieser Ordner kann nicht verwendet werden.',
  folderNotOpened: 'Der Ordner konnte nicht geöffnet werden: {{problem}}',
  fileNotOpened: 'Die Datei konnte nicht geöffnet werden: {{problem}}',
  noLibraryChoice: 'Einen anderen Bibliotheksordner zu wählen ist hier nicht möglich.',
  pickLibrary: {
    title: 'Bibliotheksordner wählen',
    button: 'Als Bibliothek verwenden',
    message:
      'Wählen Sie einen leeren Ordner oder einen Ordner, der bereits eine Copydesk-Bibliothek enthält.',
  },
  notALibrary: 'Copydesk konnte diesen Ordner nicht als Bibliothek öffnen.',
  chosenLibraryFailed:
    'Die gewählte Bibliothek ({{chosen}}) konnte nicht geöffnet werden.{{why}} Bis dahin ist die Standardbibliothek geöffnet; Ihre Wahl bleibt gespeichert. Versuchen Sie es erneut oder wählen Sie eine andere Bibliothek.',
  chosenLibraryMissing:
    'Die gewählte Bibliothek ({{chosen}}) wurde nicht gefunden: ein nicht angeschlossener Datenträger oder ein verschobener oder umbenannter Ordner. Bis dahin ist die Standardbibliothek geöffnet; Ihre Wahl bleibt gespeichert. Versuchen Sie es erneut, sobald sie wieder da ist, oder wählen Sie eine andere Bibliothek.',
  settingsRestored:
    'Die Einstellungsdatei war beschädigt. Copydesk hat die letzte gute Kopie zurückgelegt und die beschädigte Datei als {{aside}} aufbewahrt.',
  settingsReset:
    'Die Einstellungsdatei war beschädigt und es gab keine gute Kopie, daher hat Copydesk mit den Standardeinstellungen begonnen (Websites müssen eventuell neu hinzugefügt werden). Die beschädigte Datei ist als {{aside}} aufbewahrt.',
  secretsRepaired:
    'Die Datei der gespeicherten Passwörter und Tokens war beschädigt. Copydesk hat die {{kept}} noch lesbaren behalten und die beschädigte Datei beiseitegelegt ({{aside}}); geben Sie jedes andere Passwort in den Einstellungen der Website erneut ein.',
  imageNotWeb: 'Diese Bildadresse ist keine Webadresse.',
  imageNotDownloaded: 'Das Bild von {{host}} wurde nicht heruntergeladen: {{reason}}.',
  imageNotDownloadedUnknown:
    'Das Bild von {{host}} wurde nicht heruntergeladen: Es konnte nicht geladen werden.',
  imageNotPicture:
    'Die Datei unter {{host}} ist kein Bild, das Copydesk aufnimmt (PNG, JPEG, GIF, WebP oder AVIF).',
  limits: {
    theDocument: 'Das Dokument',
    theArticle: 'Der Artikel',
    thisDocument: 'Dieses Dokument',
    tooLarge:
      '{{what}} ist zu groß, um übernommen zu werden (mehr als {{millions}} Millionen Zeichen). Teilen Sie es in kleinere Teile.',
    tooDeep:
      '{{what}} ist zu tief verschachtelt (mehr als {{levels}} Ebenen), um sicher übernommen zu werden. Es wurde nichts geändert.',
    tooMany:
      '{{what}} hat zu viele Teile (mehr als {{limit}}), um sicher übernommen zu werden. Teilen Sie es in kleinere Teile.',
    textTooLong:
      '{{what}} ist zu lang, um auf einmal übernommen zu werden (mehr als {{limit}} Zeichen). Teilen Sie es in kleinere Teile.',
    fileTooLarge:
      'Die Datei ist zu groß für einen Artikel (mehr als {{millions}} Millionen Zeichen).',
    docRefused: 'Das Dokument ist zu groß oder zu tief verschachtelt, um gespeichert zu werden.',
  },
}
