import type { Messages } from '../Messages'

/** Was die Hauptseite über das Veröffentlichen sagt. */
export const publishMain: Messages['publishMain'] = {
  checks: {
    noTarget:
      'Für „{{site}}“ ist noch keine Veröffentlichung eingerichtet. Richten Sie sie unter Einstellungen → Websites → {{site}} ein.',
    needsApprovalDraft:
      '„{{site}}“ veröffentlicht nur freigegebene Artikel, und dieser ist ein Entwurf, den niemand geprüft hat. Bitten Sie eine prüfende Person um Freigabe.',
    needsApprovalInReview:
      '„{{site}}“ veröffentlicht nur freigegebene Artikel, und dieser ist noch in Prüfung. Bitten Sie eine prüfende Person um Freigabe.',
    needsApprovalAgain:
      '„{{site}}“ veröffentlicht nur freigegebene Artikel, und dieser wurde nach der Freigabe geändert. Bitten Sie eine prüfende Person, ihn erneut freizugeben.',
    notApprovedDraft:
      'Dieser Artikel ist ein Entwurf, den niemand geprüft hat. Trotzdem veröffentlichen?',
    notApprovedInReview: 'Dieser Artikel ist noch in Prüfung. Trotzdem veröffentlichen?',
    changedSinceApproval:
      'Dieser Artikel wurde nach der Freigabe geändert; die Änderungen sind nicht geprüft. Trotzdem veröffentlichen?',
    missingTitle: 'Geben Sie dem Artikel einen Titel.',
    missingSlug: 'Geben Sie dem Artikel im Bereich „Details“ eine Webadresse (Slug).',
    unsafeSlug:
      'Die Webadresse (Slug) darf nur Kleinbuchstaben, Ziffern und einzelne Bindestriche enthalten.',
    emptyBody: 'Der Artikel hat noch keinen Text.',
    featuredImageAlt: 'Das Beitragsbild hat keine Beschreibung (Alternativtext).',
    imageAlt_one:
      '{{formatted}} Bild hat keine Beschreibung (Alternativtext); wer einen Screenreader nutzt, erfährt nichts davon.',
    imageAlt_other:
      '{{formatted}} Bilder haben keine Beschreibung (Alternativtext); wer einen Screenreader nutzt, erfährt nichts davon.',
    unknownCategory:
      '„{{site}}“ hat keine Kategorie „{{category}}“; prüfen Sie die Schreibweise oder wählen Sie eine der vorhandenen.',
    invalidDate: 'Das Veröffentlichungsdatum ist kein gültiges Datum.',
    scheduled: 'Geplant: Der Artikel erscheint am {{when}}.',
    missingImage_one: 'Ein Bild fehlt in der Bibliothek; fügen Sie es dem Artikel erneut hinzu.',
    missingImage_other:
      '{{formatted}} Bilder fehlen in der Bibliothek; fügen Sie sie dem Artikel erneut hinzu.',
    siteUnreachable:
      '{{why}} Wenn Sie jetzt veröffentlichen, wartet der Artikel im Postausgang und geht von selbst hinaus, sobald die Website wieder antwortet.',
  },
  errors: {
    targetUnavailable:
      'Diese Version von Copydesk kann auf diese Art von Website nicht veröffentlichen.',
    siteGone: 'Diese Website gibt es unter Einstellungen → Websites nicht mehr.',
    noTarget: 'Für „{{site}}“ ist noch keine Veröffentlichung eingerichtet.',
    imageMissing: 'Ein Bild des Artikels fehlt in der Bibliothek.',
    alreadySending:
      'Dieser Artikel wird gerade an diese Website gesendet. Warten Sie, bis das fertig ist, oder brechen Sie es ab.',
    notPublishedThere: 'Dieser Artikel wurde auf dieser Website nicht veröffentlicht.',
    jobNotWaiting: 'Dieser Auftrag wartet nicht auf einen neuen Versuch.',
    jobNoConflict: 'Dieser Auftrag hat keinen Konflikt.',
    noCategoryList: 'Diese Art von Website führt keine Kategorienliste, die sich abrufen ließe.',
    jobGone: 'Diesen Veröffentlichungsauftrag gibt es nicht mehr.',
    unexpected: 'Das Veröffentlichen wurde wegen eines unerwarteten Problems abgebrochen.',
    unexpectedWith:
      'Das Veröffentlichen wurde wegen eines unerwarteten Problems abgebrochen: {{message}}',
  },
  outbox: {
    jobNewer:
      'Dieser Veröffentlichungsauftrag wurde von einer neueren Version von Copydesk gespeichert und wartet auf sie.',
    jobDamaged: 'Dieser Veröffentlichungsauftrag ist beschädigt und wurde beiseitegelegt.',
    listNewer:
      'Die Veröffentlichungsaufträge wurden von einer neueren Version von Copydesk gespeichert und beiseitegelegt.',
    listDamaged:
      'Die Liste der Veröffentlichungsaufträge konnte nicht gelesen werden und wurde beiseitegelegt.',
  },
  http: {
    unauthorized:
      '{{site}} hat das gespeicherte Passwort bzw. den Schlüssel nicht angenommen. Prüfen Sie es unter Einstellungen → Websites.',
    forbidden: '{{site}} hat abgelehnt: Das gespeicherte Konto darf das nicht.',
    notFound:
      '{{site}} hat unter dieser Adresse nichts. Prüfen Sie die Adresse unter Einstellungen → Websites.',
    tooLarge:
      '{{site}} hat den Artikel abgelehnt, weil er zu groß ist; versuchen Sie kleinere Bilder.',
    tooSlow: '{{site}} hat zu lange für eine Antwort gebraucht.',
    conflict: '{{site}} hat eine neuere Fassung dieses Beitrags.',
    busy: '{{site}} ist ausgelastet; Copydesk versucht es erneut.',
    serverError: '{{site}} hatte ein Problem (Fehler {{status}}); Copydesk versucht es erneut.',
    refused: '{{site}} hat die Anfrage abgelehnt (Fehler {{status}}).',
    cancelled: 'Das Veröffentlichen wurde abgebrochen.',
    noAnswerInTime: '{{site}} hat nicht rechtzeitig geantwortet; Copydesk versucht es erneut.',
    brokeOff: 'Die Verbindung zu {{site}} ist abgebrochen; Copydesk versucht es erneut.',
    notFoundHost:
      'Copydesk hat {{site}} nicht gefunden: Vielleicht sind Sie offline, oder die Adresse ist falsch.',
    unreachableRetry:
      'Copydesk hat {{site}} nicht erreicht; es versucht es erneut, sobald die Verbindung wieder da ist.',
    unreachable: 'Copydesk hat {{site}} nicht erreicht.',
    webPage:
      '{{site}} hat mit einer Webseite statt mit Daten geantwortet. Die Adresse ist vielleicht falsch, oder eine Anmeldeseite steht im Weg.',
    unreadable: '{{site}} hat eine Antwort geschickt, die Copydesk nicht lesen kann.',
  },
  plan: {
    post: 'Beitrag „{{title}}“',
    page: 'Seite „{{title}}“',
    image: 'Bild {{name}}',
    imageDescribed: 'Bild „{{alt}}“',
    category: 'Kategorie „{{name}}“',
    tag: 'Schlagwort „{{name}}“',
  },
  live: {
    noPage: 'Unter der Adresse gibt es noch keine Seite.',
    notOpen: 'Die Seite ist für Besucher nicht zugänglich.',
    siteProblem: 'Die Website hatte ein Problem, die Seite anzuzeigen.',
    notShown: 'Die Website hat die Seite nicht angezeigt.',
    oldText: 'Die Seite ist da, aber noch nicht mit dem neuen Text.',
    noAnswer: 'Die Website hat nicht geantwortet.',
  },
}
