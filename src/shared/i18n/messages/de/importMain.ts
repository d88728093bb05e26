import type { Messages } from '../Messages'

/** German: what opening a site's post, importing articles and cleaning their URLs say. */
export const importMain: Messages['importMain'] = {
  noListing: 'Diese Art von Website kann ihre Beiträge in Copydesk nicht auflisten.',
  postChangedWhileOpening:
    'Der Beitrag wurde auf der Website geändert, während er geöffnet wurde. Öffnen Sie ihn erneut.',
  postNotOpened: 'Der Beitrag konnte nicht geöffnet werden.',
  postTextMissing: 'Der Text des Beitrags ist nicht mitgekommen.',
  siteGone: 'Diese Website gibt es unter Einstellungen → Websites nicht mehr.',
  imageLeftOut: '{{source}}: Das Bild {{file}} wurde weggelassen. {{reason}}',
  featuredLeftOut: '{{source}}: Das Beitragsbild wurde weggelassen: unsichere Adresse.',
  unsafeLinksKept_one: '{{formatted}} unsicherer Link als reiner Text behalten',
  unsafeLinksKept_other: '{{formatted}} unsichere Links als reiner Text behalten',
  missingImagesLeftOut_one: '{{formatted}} Bild, das nicht gefunden wurde, weggelassen',
  missingImagesLeftOut_other: '{{formatted}} Bilder, die nicht gefunden wurden, weggelassen',
  unknownElementsKept_one: '{{formatted}} unbekanntes Element als Text behalten',
  unknownElementsKept_other: '{{formatted}} unbekannte Elemente als Text behalten',
  wxrTooManyItems:
    '„{{file}}“ enthält mehr als {{limit}} Einträge. Exportieren Sie die Website aus WordPress in Teilen (nach Datum oder Typ) und importieren Sie jeden Teil.',
  wxrBroken: '„{{file}}“ ist kein lesbarer WordPress-Export: Sein XML ist beschädigt.',
  wxrBrokenAt:
    '„{{file}}“ ist kein lesbarer WordPress-Export: Sein XML ist in Zeile {{line}} beschädigt.',
  wxrNoChannel: '„{{file}}“ ist kein WordPress-Export (kein <channel>).',
  wxrMediaRead_one: '{{formatted}} Mediendatei des Exports wurde für Beitragsbilder gelesen.',
  wxrMediaRead_other: '{{formatted}} Mediendateien des Exports wurden für Beitragsbilder gelesen.',
  wxrItem: '„{{title}}“ ({{type}} {{id}})',
  wxrItemType: 'Eintrag',
  wxrSkipped: {
    notPostOrPage: 'Weder Beitrag noch Seite',
    trash: 'Im WordPress-Papierkorb',
    autoDraft: 'Ein leerer automatischer Entwurf',
    revision: 'Eine Revision',
  },
  removed: {
    links_one: '{{formatted}} Link',
    links_other: '{{formatted}} Links',
    images_one: '{{formatted}} Bild',
    images_other: '{{formatted}} Bilder',
    featuredImage: 'das Beitragsbild',
    sentence_one: '{{subject}} wurde entfernt: unsicheres Ziel.',
    sentence_other: '{{subject}} wurden entfernt: unsichere Ziele.',
    wordsKept: 'Ihr Text blieb erhalten.',
  },
}
