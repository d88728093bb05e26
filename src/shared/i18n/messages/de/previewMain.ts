import type { Messages } from '../Messages'

/** German: what the preview, the review copy and the theme capture say from the main side. */
export const previewMain: Messages['previewMain'] = {
  fetch: {
    notWebAddress: '{{address}} ist keine Webadresse',
    answered: 'Antwort {{status}}',
    anError: 'Fehler',
    tooManyRedirects: '{{host}} leitet zu oft weiter',
    timeout_one: '{{host}} hat nicht innerhalb von {{formatted}} Sekunde geantwortet',
    timeout_other: '{{host}} hat nicht innerhalb von {{formatted}} Sekunden geantwortet',
    unreachable: '{{host}} war nicht erreichbar',
    unreachableBecause: '{{host}} war nicht erreichbar: {{reason}}',
    reasons: {
      noSuchAddress: 'Diese Adresse gibt es nicht (prüfen Sie die Schreibweise)',
      localNetwork: 'Sie liegt auf diesem Computer oder in seinem lokalen Netzwerk',
      certificate: 'Ihr Sicherheitszertifikat ist nicht gültig',
    },
    stoppedSending: '{{host}} hat aufgehört, {{path}} zu senden',
    tooLarge: '{{address}} ist größer als {{megabytes}} MB',
  },
  capture: {
    notAnAddress: '„{{address}}“ ist keine Webadresse. Sie sollte mit https:// beginnen.',
    notWeb: 'Geben Sie die Adresse einer Webseite ein, beginnend mit http:// oder https://',
    pageAnswered: 'Die Seite antwortete mit {{status}}.',
    notAPage: 'Diese Adresse ist keine Webseite (Typ: {{type}}).',
    unknownType: 'unbekannt',
    notSafe: 'Das Markup dieser Seite ließ sich nicht sicher für die Vorschau aufbereiten.',
    noArticleText:
      'Der Artikeltext wurde auf dieser Seite nicht gefunden. Geben Sie einen CSS-Selektor für den Artikeltext ein.',
    badSelector: '„{{selector}}“ ist kein gültiger CSS-Selektor.',
    selectorMatchesNothing: 'Der Selektor „{{selector}}“ passt auf nichts auf dieser Seite.',
    noTitle: 'Keine Titelüberschrift (h1) gefunden; die Vorschau setzt eine über den Artikeltext.',
    noBreadcrumb: 'Keine Pfadnavigation gefunden; die Vorschau zeigt keine.',
    noCategory: 'Keine Kategorie gefunden; die Vorschau zeigt keine.',
    noDate: 'Kein Datum (ein <time>-Element beim Titel) gefunden; die Vorschau zeigt keines.',
    noLeadImage: 'Kein Aufmacherbild beim Titel gefunden; das Beitragsbild wird nicht gezeigt.',
    noTags: 'Keine Schlagwortliste gefunden; die Vorschau zeigt keine.',
  },
  assets: {
    tooDeep_one:
      'Stylesheets importieren einander über mehr als {{formatted}} Ebene; tiefere wurden weggelassen.',
    tooDeep_other:
      'Stylesheets importieren einander über mehr als {{formatted}} Ebenen; tiefere wurden weggelassen.',
    tooManyStylesheets_one:
      'Die Seite verwendet mehr als {{formatted}} Stylesheet; die übrigen wurden weggelassen.',
    tooManyStylesheets_other:
      'Die Seite verwendet mehr als {{formatted}} Stylesheets; die übrigen wurden weggelassen.',
    tooManyFiles_one:
      'Die Seite verwendet mehr als {{formatted}} Datei; die übrigen wurden weggelassen.',
    tooManyFiles_other:
      'Die Seite verwendet mehr als {{formatted}} Dateien; die übrigen wurden weggelassen.',
    notCss: 'Das Stylesheet {{address}} ließ sich nicht als CSS lesen; es wurde weggelassen.',
    notDownloaded: {
      stylesheet:
        'Das Stylesheet {{address}} konnte nicht heruntergeladen werden ({{reason}}); es wurde weggelassen.',
      font: 'Die Schrift {{address}} konnte nicht heruntergeladen werden ({{reason}}); sie wurde weggelassen.',
      image:
        'Das Bild {{address}} konnte nicht heruntergeladen werden ({{reason}}); es wurde weggelassen.',
    },
    wrongType: {
      stylesheet:
        'Das Stylesheet {{address}} ist kein Stylesheet (Typ: {{type}}); es wurde weggelassen.',
      font: 'Die Schrift {{address}} ist keine Schrift (Typ: {{type}}); sie wurde weggelassen.',
      image: 'Das Bild {{address}} ist kein Bild (Typ: {{type}}); es wurde weggelassen.',
      fontOrImage:
        'Die Datei {{address}} ist weder Schrift noch Bild (Typ: {{type}}); sie wurde weggelassen.',
    },
  },
  theme: {
    noManifest: 'Im Design-Ordner fehlt die Datei theme.json.',
    badManifest: 'theme.json ist ungültig: Sie braucht einen „name“ und ein „template“.',
    noTemplate: 'Die Vorlage {{template}} fehlt.',
    error: 'Das Design hat einen Fehler: {{message}}',
    errorAt: 'Das Design hat einen Fehler ({{file}}, Zeile {{line}}): {{message}}',
    pageTitle: 'Das Design konnte nicht angezeigt werden',
    fileLine: '{{file}}, Zeile {{line}}',
    fixHint:
      'Korrigieren Sie die Vorlage im Design-Ordner; die Vorschau aktualisiert sich, sobald die Datei gespeichert ist.',
  },
  notRendered: 'Der Artikel konnte nicht dargestellt werden.',
  noPdf: 'Der PDF-Export ist hier nicht verfügbar.',
  pdfFailed: 'Das PDF konnte nicht erstellt werden.',
  noSaving: 'Das Speichern von Dateien ist hier nicht verfügbar.',
  notSaved: 'Die Datei konnte dort nicht gespeichert werden. Wählen Sie einen anderen Ordner.',
  reviewBanner: 'Prüfexemplar — {{title}} — exportiert am {{date}}',
}
