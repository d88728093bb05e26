import type { Messages } from '../Messages'

/** German: what the publish targets (git, WordPress, Ghost, webhook) say. */
export const targetsMain: Messages['targetsMain'] = {
  timeout_one:
    '{{host}} hat nicht innerhalb von {{formatted}} Sekunde geantwortet. Copydesk versucht es erneut.',
  timeout_other:
    '{{host}} hat nicht innerhalb von {{formatted}} Sekunden geantwortet. Copydesk versucht es erneut.',
  git: {
    tokenRejected:
      'Die Website hat das Zugriffstoken abgelehnt. Prüfen Sie Benutzernamen und Token in den Einstellungen der Website.',
    tokenForbidden:
      'Die Website verweigert den Zugriff mit diesem Token. Prüfen Sie, ob das Token in das Repository schreiben darf.',
    noRepository: 'Unter dieser Adresse gibt es kein Repository.',
    tooLarge: 'Die Website hat den Upload als zu groß abgelehnt.',
    serverProblem:
      'Der Repository-Server der Website hatte ein Problem. Copydesk versucht es erneut.',
    unreachable:
      'Das Repository der Website war nicht erreichbar. Copydesk versucht es erneut, sobald die Verbindung wieder da ist.',
    timeout: 'Das Repository der Website hat nicht rechtzeitig geantwortet.',
    notGit: 'Die Adresse antwortet nicht wie ein Git-Repository.',
    unexpected: 'Das Veröffentlichen im Repository ist unerwartet fehlgeschlagen.',
    noBranch:
      'Das Repository hat keinen Branch „{{branch}}“. Prüfen Sie den Branch in den Einstellungen der Website.',
    pathTaken: 'Ein anderer Beitrag verwendet bereits {{path}}. Ändern Sie den Slug des Artikels.',
    keptChanging:
      'Das Repository der Website hat sich während des Veröffentlichens laufend geändert. Copydesk versucht es erneut.',
    postGone: '{{path}} ist nicht mehr auf der Website.',
    unsafePostPath:
      'Der Beitragspfad „{{path}}“ ist kein sicherer Ort im Repository. Prüfen Sie die Pfadvorlagen in den Einstellungen der Website.',
    unsafeImagePath:
      'Der Bildpfad „{{path}}“ ist kein sicherer Ort im Repository. Prüfen Sie die Pfadvorlagen in den Einstellungen der Website.',
    notGitSite: '„{{site}}“ veröffentlicht nicht in ein Git-Repository.',
    slugTaken:
      'Ein anderer Beitrag auf der Website verwendet bereits diese Adresse ({{path}}). Ändern Sie den Slug.',
    repoUnreachable:
      'Das Repository der Website ist gerade nicht erreichbar; der Slug wird beim Veröffentlichen erneut geprüft.',
    noFrontMatter:
      'Copydesk kann den Front Matter von {{path}} nicht lesen und ihn daher nicht als Entwurf markieren. Entfernen Sie den Beitrag stattdessen.',
    saveToken: 'Speichern Sie vor dem Veröffentlichen ein Zugriffstoken für diese Website.',
    removedThere:
      'Jemand hat {{path}} von der Website entfernt, seit es zuletzt aus Copydesk veröffentlicht wurde.',
    changedThere:
      'Jemand hat {{path}} auf der Website geändert, seit es zuletzt aus Copydesk veröffentlicht wurde.',
    plan: {
      nothing: 'Nichts zu ändern: {{where}} hat diese Fassung bereits.',
      add: 'Fügt {{path}} zu {{where}} hinzu.',
      update: 'Aktualisiert {{path}} auf {{where}}.',
      move: 'Verschiebt den Beitrag auf {{where}} nach {{path}}.',
      images: 'Aktualisiert {{where}}.',
      addWithImages_one: 'Fügt {{path}} und {{formatted}} Bild zu {{where}} hinzu.',
      addWithImages_other: 'Fügt {{path}} und {{formatted}} Bilder zu {{where}} hinzu.',
      updateWithImages_one: 'Aktualisiert {{path}} und {{formatted}} Bild auf {{where}}.',
      updateWithImages_other: 'Aktualisiert {{path}} und {{formatted}} Bilder auf {{where}}.',
      moveWithImages_one:
        'Verschiebt den Beitrag auf {{where}} nach {{path}} und fügt {{formatted}} Bild hinzu.',
      moveWithImages_other:
        'Verschiebt den Beitrag auf {{where}} nach {{path}} und fügt {{formatted}} Bilder hinzu.',
      imagesWithImages_one: 'Fügt {{formatted}} Bild zu {{where}} hinzu.',
      imagesWithImages_other: 'Fügt {{formatted}} Bilder zu {{where}} hinzu.',
      flattened:
        'Der Text wurde geändert: Die Shortcodes und das HTML des Beitrags, die der Editor als Text zeigt ({{shown}}), werden als reiner Text zurückgeschrieben; die Website zeigt sie also so, wie sie getippt sind, statt sie auszuführen.',
    },
    scheduled: {
      hugo: 'Datiert auf {{when}} UTC: Hugo lässt künftige Beiträge weg, bis die Website nach diesem Zeitpunkt neu gebaut wird (außer sie wird mit --buildFuture gebaut).',
      jekyll:
        'Datiert auf {{when}} UTC: Jekyll lässt künftige Beiträge weg, bis die Website nach diesem Zeitpunkt neu gebaut wird (außer die Einstellungen sagen future: true).',
      rebuilt:
        'Datiert auf {{when}} UTC: Die Website zeigt den Beitrag mit diesem Datum, sobald sie neu gebaut wird, außer ihre Vorlagen blenden künftige Beiträge aus.',
      custom:
        'Datiert auf {{when}} UTC: Ob der Beitrag vor diesem Datum erscheint, hängt vom Generator der Website ab.',
    },
    test: {
      empty:
        'Verbunden. Das Repository ist leer; die erste Veröffentlichung legt den Branch „{{branch}}“ an.',
      noBranch: 'Verbunden, aber das Repository hat keinen Branch „{{branch}}“.',
      readOnly:
        'Das Token kann das Repository lesen, aber die Website lässt es nicht veröffentlichen (kein Schreibzugriff).',
      connected:
        'Mit Branch „{{branch}}“ verbunden; die Website nimmt Veröffentlichungen mit diesem Token an.',
      unreachable:
        '{{host}} war nicht erreichbar. Prüfen Sie die Adresse und die Netzwerkverbindung.',
      unexpected: 'Der Verbindungstest ist unerwartet fehlgeschlagen.',
    },
    preset: {
      description:
        '{{generator}} braucht in jedem Beitrag eine Beschreibung, sonst lässt sich die Website nicht bauen. Schreiben Sie im Bereich „Details“ einen Auszug (oder eine SEO-Beschreibung).',
      descriptionKey:
        '{{generator}} braucht in jedem Beitrag eine Beschreibung, aber in den Einstellungen der Website ist der Front-Matter-Schlüssel dafür leer.',
      image:
        '{{generator}} braucht in jedem Beitrag ein Beitragsbild, sonst lässt sich die Website nicht bauen. Wählen Sie im Bereich „Details“ ein Beitragsbild.',
      imageKey:
        '{{generator}} braucht in jedem Beitrag ein Beitragsbild, aber in den Einstellungen der Website ist der Front-Matter-Schlüssel dafür leer.',
    },
  },
  build: {
    notInstalledNote:
      'Der Build der Website wird nicht geprüft: {{generator}} ist auf diesem Computer nicht installiert.',
    require:
      'Vor dem Senden baut Copydesk die Website mit {{generator}}; schlägt der Build fehl, wird nichts gesendet.',
    show: 'Vor dem Senden baut Copydesk die Website mit {{generator}} und zeigt, ob der Build gelungen ist.',
    requireOwn:
      'Vor dem Senden baut Copydesk die Website mit ihrem Generator; schlägt der Build fehl, wird nichts gesendet.',
    showOwn:
      'Vor dem Senden baut Copydesk die Website mit ihrem Generator und zeigt, ob der Build gelungen ist.',
    refused: 'Mit dieser Änderung lässt sich die Website nicht bauen, daher wurde nichts gesendet.',
    says: '{{generator}} meldet: {{message}}',
    saysAt: '{{generator}} meldet ({{place}}): {{message}}',
    failedPlain: 'Der Build ist fehlgeschlagen.',
    noReason: 'Der Build ist ohne Angabe von Gründen fehlgeschlagen.',
    notInstalled: '{{generator}} ist auf diesem Computer nicht installiert.',
    notInstalledHere:
      '{{generator}} ist für diese Website auf diesem Computer nicht installiert (führen Sie „npm install“ in {{folder}} aus, um ihre Builds zu prüfen).',
    unknownGenerator: 'der Generator der Website',
    whichGenerator: 'Copydesk kann nicht erkennen, welcher Generator diese Website baut.',
    submodule:
      'Die Website bezieht {{path}} aus einem anderen Repository (ein Git-Submodul), das Copydesk nicht herunterlädt; ihr Build wird daher nicht geprüft.',
    tooLong: '{{generator}} hat länger als 3 Minuten gebraucht; der Build wurde abgebrochen.',
  },
  wordpress: {
    loginRejected:
      'WordPress hat den Benutzernamen oder das Anwendungspasswort nicht angenommen. Prüfen Sie beides in den Einstellungen der Website.',
    loginRejectedHttp:
      'WordPress hat den Benutzernamen oder das Anwendungspasswort nicht angenommen. Prüfen Sie beides in den Einstellungen der Website. WordPress nimmt Anwendungspasswörter nur über https:// an; prüfen Sie also auch die Adresse der Website.',
    restDisabled: 'Bei dieser WordPress-Website ist die REST-API abgeschaltet.',
    notAllowed:
      'WordPress erlaubt dem Benutzer „{{user}}“ nicht, {{action}}. Bitten Sie die Administration der Website um die Rolle Autor oder Redakteur.',
    noRoute:
      'Diese WordPress-Website bietet die API nicht an, die Copydesk braucht; vielleicht ist ihre REST-API abgeschaltet.',
    notFound: 'WordPress hat nicht gefunden, wonach Copydesk gefragt hat.',
    tooLarge:
      'Das Bild ist größer, als die WordPress-Website annimmt. Verwenden Sie ein kleineres Bild, oder bitten Sie die Website, ihr Upload-Limit zu erhöhen.',
    conflict: 'WordPress hat einen Konflikt mit dem vorhandenen Beitrag gemeldet.',
    serverProblem:
      'Die WordPress-Website hatte auf ihrer Seite ein Problem. Copydesk versucht es erneut.',
    refused: 'WordPress hat es abgelehnt, {{action}}.',
    refusedWith: 'WordPress hat es abgelehnt, {{action}} ({{detail}}).',
    loginPage:
      'Die Website hat mit ihrer Anmeldeseite statt mit Daten geantwortet: Ein Sicherheits-Plugin oder der Hoster blockiert die WordPress-API.',
    webPage:
      'Die Website hat mit einer Webseite statt mit WordPress-Daten geantwortet. Prüfen Sie die Adresse der Website.',
    hostNotFound:
      '{{host}} wurde nicht gefunden. Prüfen Sie die Adresse der Website und Ihre Verbindung.',
    connectionRefused: '{{host}} hat die Verbindung abgelehnt. Ist die Website erreichbar?',
    brokeOff:
      'Die Verbindung zu {{host}} ist abgebrochen, bevor WordPress geantwortet hat. Copydesk versucht es erneut.',
    restOff:
      'Dies ist eine WordPress-Website, aber ihre REST-API ist abgeschaltet. Copydesk braucht sie zum Veröffentlichen.',
    notWordPress:
      '{{host}} sieht nicht wie eine WordPress-Website aus. Prüfen Sie die Adresse der Website.',
    redirected:
      'Die Website hat die Anfrage anderswohin umgeleitet. Prüfen Sie die Adresse der Website (https, www).',
    badAddress: 'Die Adresse der WordPress-Website ist keine gültige Webadresse.',
    httpsAddress: 'Die Adresse der WordPress-Website muss mit https:// beginnen.',
    addAddress:
      'Tragen Sie in den Einstellungen von {{site}} die WordPress-Adresse und den Benutzernamen ein.',
    savePassword:
      'Speichern Sie in den Einstellungen von {{site}} das WordPress-Anwendungspasswort.',
    featuredRemote:
      'Das Beitragsbild ist eine Webadresse, kein Bild im Artikel; WordPress zeigt den Beitrag ohne Beitragsbild.',
    deletedSinceOpened:
      'Dieser Beitrag wurde auf der Website gelöscht, seit er in Copydesk geöffnet wurde. Stellen Sie ihn dort wieder her, oder veröffentlichen Sie den Artikel aus einer Kopie als neuen Beitrag.',
    changedSinceOpened:
      'Jemand hat diesen Beitrag auf der Website geändert, seit er in Copydesk geöffnet wurde.',
    foreignBlocksNote:
      'Der Beitrag verwendet WordPress-Blöcke, die der Editor nicht anzeigen kann ({{blocks}}). Sie bleiben auf der Website, wie sie sind, bis Sie den Text ändern; ein Aktualisieren mit geändertem Text ersetzt sie, und Copydesk sagt es vorher.',
    actions: {
      readMediaLibrary: 'die Mediathek zu lesen',
      uploadImages: 'Bilder hochzuladen',
      readUsers: 'die Benutzer der Website zu lesen',
      listUsers: 'Benutzer aufzulisten',
      readPosts: 'Beiträge zu lesen',
      readTerms: 'Kategorien und Schlagwörter zu lesen',
      readMedia: 'Medien zu lesen',
      readCategories: 'Kategorien zu lesen',
      readTags: 'Schlagwörter zu lesen',
      createCategories: 'Kategorien anzulegen',
      createTags: 'Schlagwörter anzulegen',
      describeImages: 'Bilder zu beschreiben',
      editPosts: 'Beiträge zu bearbeiten',
      deletePosts: 'Beiträge zu löschen',
      writePosts: 'Beiträge zu schreiben',
      publishPosts: 'Beiträge zu veröffentlichen',
      reachSite: 'die Website zu erreichen',
      readSite: 'die Website zu lesen',
      signIn: 'sich anzumelden',
    },
    roles: {
      administrator: 'Administrator',
      editor: 'Redakteur',
      author: 'Autor',
      contributor: 'Mitarbeiter',
      subscriber: 'Abonnent',
    },
    test: {
      thisUser: 'dieser Benutzer',
      mayNotPublish:
        'Mit „{{site}}“ als {{as}} verbunden, aber dieser Benutzer darf keine Beiträge veröffentlichen. Bitten Sie die Administration der Website um die Rolle Autor oder Redakteur.',
      mayNotUpload:
        'Mit „{{site}}“ als {{as}} verbunden, aber dieser Benutzer darf keine Bilder hochladen.',
      connected: 'Mit „{{site}}“ als {{as}} verbunden.',
      connectedNoCategories:
        'Mit „{{site}}“ als {{as}} verbunden. Neue Kategorien muss ein Redakteur auf der Website anlegen.',
    },
    plan: {
      create: 'Legt den Beitrag auf {{site}} an.',
      update: 'Aktualisiert den Beitrag auf {{site}}.',
      createWithImages_one: 'Legt den Beitrag auf {{site}} an und lädt {{formatted}} Bild hoch.',
      createWithImages_other:
        'Legt den Beitrag auf {{site}} an und lädt {{formatted}} Bilder hoch.',
      updateWithImages_one:
        'Aktualisiert den Beitrag auf {{site}} und lädt {{formatted}} Bild hoch.',
      updateWithImages_other:
        'Aktualisiert den Beitrag auf {{site}} und lädt {{formatted}} Bilder hoch.',
      editedThere:
        'Der Beitrag wurde in WordPress geändert, seit er zuletzt von hier veröffentlicht wurde; das Veröffentlichen ersetzt diese Änderungen.',
      blocksLost:
        'Der Text wurde geändert: Die WordPress-Blöcke des Beitrags werden durch reines HTML ersetzt, und die Blöcke, die der Editor nicht anzeigen kann ({{blocks}}), gehen verloren.',
      blocksFlattened:
        'Der Text wurde geändert: Die WordPress-Blöcke des Beitrags werden durch denselben Inhalt als reines HTML ersetzt.',
    },
  },
  ghost: {
    notGhost: '{{host}} hat nicht wie eine Ghost-Website geantwortet.',
    redirected:
      '{{host}} hat die Anfrage umgeleitet. Prüfen Sie die Admin-API-URL (die Adresse, unter der Sie Ghost Admin öffnen, ohne /ghost).',
    badAdminUrl: 'Die Ghost-Admin-API-URL ist keine Webadresse.',
    httpsAdminUrl: 'Die Ghost-Admin-API-URL muss mit https:// beginnen.',
    webPage:
      '{{host}} hat mit einer Webseite statt mit der Ghost-API geantwortet. Prüfen Sie die Admin-API-URL.',
    keyRejected:
      '{{host}} hat den Admin-API-Schlüssel abgelehnt. Legen Sie in Ghost eine eigene Integration an und fügen Sie deren Admin-API-Schlüssel erneut ein.',
    collision:
      'Jemand hat diesen Beitrag in Ghost geändert, seit Copydesk ihn zuletzt veröffentlicht hat.',
    noSuchPost: '{{host}} hat diesen Beitrag bzw. diese Seite nicht mehr.',
    tooLarge: '{{host}} hat den Upload abgelehnt, weil er zu groß ist.',
    keyUnreadable: '{{host}} konnte den Admin-API-Schlüssel nicht lesen. Fügen Sie ihn erneut ein.',
    invalidPost: 'Ghost hat den Beitrag nicht angenommen: Die Prüfung ist fehlgeschlagen.',
    invalidPostWith: 'Ghost hat den Beitrag nicht angenommen: {{detail}}.',
    serverProblem:
      '{{host}} hatte ein Problem (Serverfehler {{status}}). Copydesk versucht es erneut.',
    refused: '{{host}} hat die Anfrage abgelehnt ({{status}}).',
    unreachable:
      '{{host}} war nicht erreichbar. Copydesk versucht es erneut, sobald die Verbindung wieder da ist.',
    postGone: 'Die Website hat diesen Beitrag nicht mehr.',
    pageGone: 'Die Website hat diese Seite nicht mehr.',
    badKey:
      'Das sieht nicht wie ein Ghost-Admin-API-Schlüssel aus. Kopieren Sie ihn aus Ghost → Einstellungen → Integrationen (er lautet „id:secret“).',
    postDeletedSinceOpened:
      'Dieser Beitrag wurde in Ghost gelöscht, seit er in Copydesk geöffnet wurde. Stellen Sie ihn dort wieder her, oder veröffentlichen Sie den Artikel aus einer Kopie als neuen Beitrag.',
    pageDeletedSinceOpened:
      'Diese Seite wurde in Ghost gelöscht, seit sie in Copydesk geöffnet wurde. Stellen Sie sie dort wieder her, oder veröffentlichen Sie den Artikel aus einer Kopie als neuen Beitrag.',
    postChangedSinceOpened:
      'Jemand hat diesen Beitrag in Ghost geändert, seit er in Copydesk geöffnet wurde. Vergleichen Sie beide Fassungen und überschreiben Sie ihn dann oder behalten Sie die andere.',
    pageChangedSinceOpened:
      'Jemand hat diese Seite in Ghost geändert, seit sie in Copydesk geöffnet wurde. Vergleichen Sie beide Fassungen und überschreiben Sie sie dann oder behalten Sie die andere.',
    connected: 'Mit „{{site}}“ verbunden (Ghost {{version}}).',
    primaryTag: 'Ghost hat keine Kategorien: „{{category}}“ wird das Hauptschlagwort des Beitrags.',
    featuredAlt: 'Das Beitragsbild hat keinen Alternativtext.',
    notGhostSite: 'Diese Website veröffentlicht nicht in Ghost.',
    pasteKey:
      'Fügen Sie zuerst in den Einstellungen der Website den Ghost-Admin-API-Schlüssel ein.',
    changedAfterPublish:
      '„{{title}}“ wurde in Ghost geändert, nachdem Copydesk es zuletzt veröffentlicht hat. Vergleichen Sie beide Fassungen, dann überschreiben Sie oder brechen Sie ab.',
    plan: {
      create: 'Legt den Beitrag „{{title}}“ auf {{site}} an.',
      update: 'Aktualisiert den Beitrag „{{title}}“ auf {{site}}.',
      createWithImages_one:
        'Legt den Beitrag „{{title}}“ auf {{site}} an und lädt {{formatted}} Bild hoch.',
      createWithImages_other:
        'Legt den Beitrag „{{title}}“ auf {{site}} an und lädt {{formatted}} Bilder hoch.',
      updateWithImages_one:
        'Aktualisiert den Beitrag „{{title}}“ auf {{site}} und lädt {{formatted}} Bild hoch.',
      updateWithImages_other:
        'Aktualisiert den Beitrag „{{title}}“ auf {{site}} und lädt {{formatted}} Bilder hoch.',
    },
  },
  webhook: {
    name: 'der Webhook',
    notWebhook: '„{{site}}“ ist nicht als Webhook-Website eingerichtet.',
    saveSecretFirst: 'Speichern Sie zuerst das Signaturgeheimnis für diesen Webhook.',
    answered: 'Der Webhook unter {{host}} hat geantwortet.',
    badUrl:
      'Die Webhook-Adresse ist keine Webadresse (https://…). Korrigieren Sie sie unter Einstellungen → Websites.',
    insecure:
      'Die Webhook-Adresse ist nicht verschlüsselt (http); der Artikel wird lesbar übertragen.',
    imageBase:
      'Legen Sie unter Einstellungen → Websites fest, wo die Website Bilder bereitstellt (Basisadresse für Bilder).',
    saveSecret:
      'Speichern Sie das Signaturgeheimnis für diesen Webhook unter Einstellungen → Websites.',
    planSend: 'Sendet „{{title}}“ an den Webhook unter {{host}}{{images}}.',
    planUpdate:
      'Sendet eine Aktualisierung von „{{title}}“ an den Webhook unter {{host}}{{images}}.',
    withImages_one: ' mit {{formatted}} Bild',
    withImages_other: ' mit {{formatted}} Bildern',
  },
}
