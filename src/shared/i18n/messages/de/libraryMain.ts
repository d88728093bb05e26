import type { Messages } from '../Messages'

/** German: what the library says from the main side. */
export const libraryMain: Messages['libraryMain'] = {
  io: {
    failed: '{{action}} ist nicht gelungen: {{reason}}.',
    unexpected: 'Es trat ein unerwarteter Dateisystemfehler auf',
    unexpectedCode: 'Es trat ein unerwarteter Dateisystemfehler auf ({{code}})',
    reasons: {
      diskFull: 'Der Datenträger ist voll',
      quota: 'Das Speicherkontingent ist aufgebraucht',
      readOnlyDisk: 'Der Bibliotheksordner liegt auf einem schreibgeschützten Datenträger',
      notAllowed:
        'Copydesk darf diese Datei bzw. diesen Ordner nicht verwenden (prüfen Sie die Berechtigungen)',
      busy: 'Ein anderes Programm verwendet die Datei',
      tooManyOpen: 'Zu viele Dateien sind geöffnet',
      missing: 'Eine Datei oder ein Ordner fehlt',
      mayNotRead: 'Copydesk darf sie nicht lesen (prüfen Sie die Berechtigungen)',
      mayNotWrite: 'Copydesk darf dort nicht schreiben (prüfen Sie die Berechtigungen)',
      keptChanging:
        'Ein anderes Programm hat den Artikel auf der Festplatte laufend geändert. Versuchen Sie es gleich noch einmal',
    },
  },
  actions: {
    keepCurrentVersion: 'Das Sichern der aktuellen Fassung',
    restoreVersion: 'Das Wiederherstellen dieser Fassung',
    saveArticle: 'Das Speichern des Artikels',
    keepOtherVersion: 'Das Sichern der Fassung, die ein anderes Programm gespeichert hat,',
    moveToTrash: 'Das Verschieben des Artikels in den Papierkorb',
    restoreArticle: 'Das Wiederherstellen des Artikels',
    emptyTrash: 'Das Leeren des Papierkorbs',
    clearNotices: 'Das Entfernen der Hinweise',
    createArticle: 'Das Anlegen des Artikels',
    duplicateArticle: 'Das Duplizieren des Artikels',
    addImage: 'Das Hinzufügen des Bildes',
    openLibrary: 'Das Öffnen des Bibliotheksordners',
    readLibrary: 'Das Lesen des Bibliotheksordners',
    readArticle: 'Das Lesen dieses Artikels',
    openArticle: 'Das Öffnen des Artikels',
    saveComment: 'Das Speichern des Kommentars',
    recordPublication: 'Das Vermerken der Veröffentlichung',
    writeExport: 'Das Schreiben des Exports',
  },
  folder: {
    notAbsolute: 'Wählen Sie einen Ordner auf diesem Computer.',
    isFile: 'Das ist eine Datei, kein Ordner. Wählen Sie stattdessen einen Ordner.',
    unreadable: 'Copydesk kann diesen Ordner nicht lesen. Wählen Sie einen anderen.',
    notEmpty:
      'Dieser Ordner enthält bereits andere Dateien. Wählen Sie einen leeren Ordner oder eine vorhandene Copydesk-Bibliothek.',
  },
  access: {
    opening:
      'Ein anderes Copydesk öffnet gerade diese Bibliothek, daher ist sie hier schreibgeschützt geöffnet. Wählen Sie gleich „Erneut versuchen“.',
    thisComputer: 'diesem Computer',
    ownerOn: '{{owner}} auf {{where}}',
    heldElsewhere:
      'Ein anderes Copydesk ({{who}}) hat diese Bibliothek geöffnet, daher ist sie hier schreibgeschützt geöffnet, und nichts, was Sie hier ändern, kann gespeichert werden. Schließen Sie sie dort und wählen Sie dann „Erneut versuchen“.',
    readOnlyFolder:
      'Copydesk kann in diesem Bibliotheksordner nicht schreiben (schreibgeschützter Datenträger oder keine Berechtigung), daher ist sie schreibgeschützt geöffnet und hier kann nichts gespeichert werden.',
    closed: 'Diese Bibliothek wurde geschlossen.',
  },
  quarantine: {
    notMoved:
      '{{reason}} Copydesk konnte sie nicht beiseitelegen, daher liegt sie noch an ihrem Platz.',
    leftOut: '{{reason}} Sie liegt noch an ihrem Platz und wird in der Bibliothek nicht angezeigt.',
  },
  file: {
    cutOff:
      'Die Datei ist unvollständig: Sie bricht mittendrin ab, als sei ein Kopier- oder Synchronisiervorgang unterbrochen worden.',
    notJson: 'Die Datei enthält keine Artikeldaten, die Copydesk lesen kann (kein gültiges JSON).',
    empty: 'Die Datei ist leer.',
    invalid: 'Einige Daten des Artikels fehlen oder sind ungültig.',
    invalidWith: 'Einige Daten des Artikels fehlen oder sind ungültig ({{detail}}).',
    noArticle: 'Die Datei enthält keine Artikeldaten.',
    noVersion:
      'Die Datei hat keine gültige Formatversion, daher weiß Copydesk nicht, wie sie zu lesen ist.',
    newer:
      'Dieser Artikel stammt aus einem neueren Copydesk (Format {{version}}; diese Version liest bis Format {{current}}). Aktualisieren Sie Copydesk, um ihn zu öffnen.',
    tooOld:
      'Die Datei verwendet Format {{version}}, das diese Version von Copydesk nicht mehr lesen kann.',
  },
  images: {
    empty: 'Diese Datei ist leer.',
    tooLarge:
      'Dieses Bild ist {{size}} groß; Copydesk nimmt Bilder bis {{limit}} an. Bitte verwenden Sie eine kleinere Fassung.',
    svg: 'SVG-Bilder werden noch nicht unterstützt, weil sie Skripte enthalten können. Bitte exportieren Sie das Bild als PNG oder WebP und fügen Sie dieses hinzu.',
    notImage:
      'Diese Datei ist kein Bild, das Copydesk verwenden kann (PNG, JPEG, GIF, WebP oder AVIF).',
  },
  outsideLink: {
    imagesFolder:
      'Der Bilderordner dieses Artikels ist ein Link an einen Ort außerhalb der Bibliothek. Copydesk folgt keinen Links aus der Bibliothek hinaus; ersetzen Sie den Link durch die Dateien selbst.',
    revisionsFolder:
      'Der Fassungsordner dieses Artikels ist ein Link an einen Ort außerhalb der Bibliothek. Copydesk folgt keinen Links aus der Bibliothek hinaus; ersetzen Sie den Link durch die Dateien selbst.',
    version:
      'Diese Fassung ist ein Link an einen Ort außerhalb der Bibliothek. Copydesk folgt keinen Links aus der Bibliothek hinaus; ersetzen Sie den Link durch die Dateien selbst.',
    articleFolder:
      'Der Ordner dieses Artikels ist ein Link an einen Ort außerhalb der Bibliothek. Copydesk folgt keinen Links aus der Bibliothek hinaus; ersetzen Sie den Link durch die Dateien selbst.',
  },
  trash: {
    gone: 'Dieser Artikel ist nicht mehr im Papierkorb.',
    sameId:
      'In der Bibliothek gibt es bereits einen Artikel mit derselben ID, daher kann dieser nicht zurückgelegt werden.',
  },
  versions: {
    missing: 'Diese Fassung gibt es nicht.',
    gone: 'Diese Fassung gibt es nicht mehr.',
    damaged: 'Diese Fassung ist beschädigt und kann nicht geöffnet werden.',
  },
  comments: {
    not_found: 'Diesen Kommentar gibt es nicht mehr. Vielleicht wurde er gelöscht.',
    duplicate: 'Dieser Kommentar wurde bereits gespeichert.',
    not_yours: 'Nur wer einen Kommentar geschrieben hat, kann ihn löschen.',
    empty: 'Der Kommentar ist leer.',
  },
  movedToQuarantine:
    'Dieser Artikel konnte nicht geöffnet werden und wurde in die Quarantäne verschoben. {{reason}}',
  articleMissing: 'Diesen Artikel gibt es nicht.',
  articleGone: 'Diesen Artikel gibt es nicht mehr.',
  changedElsewhere:
    'Dieser Artikel wurde während Ihrer Bearbeitung auch von einem anderen Programm (einem Synchronisierdienst, einem anderen Computer) auf der Festplatte geändert. Ihre Fassung ist gespeichert; die andere liegt im Verlauf als „Andere Fassung (anderswo geändert)“.',
  untitled: 'Ohne Titel',
  copyTitle: '{{title}} (Kopie)',
  syncCopy:
    'Ein Synchronisierdienst hat eine andere Fassung von „{{title}}“ hinterlassen. Sie liegt im Verlauf des Artikels als „Andere Fassung (anderswo geändert)“: Öffnen Sie den Verlauf, um zu vergleichen oder wiederherzustellen.',
  saveInvalid: 'Der Artikel konnte nicht gespeichert werden: {{detail}}',
  featuredImageUnsafe:
    'Das Beitragsbild muss ein im Artikel gespeichertes Bild oder eine Webadresse sein.',
}
