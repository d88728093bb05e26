import type { Messages } from '../Messages'

/** German: the Details pane. */
export const details: Messages['details'] = {
  status: 'Status',
  title: 'Titel',
  slug: 'Titelform',
  slugFollowsTitle: 'Folgt dem Titel',
  slugSetByHand: 'Von Hand gesetzt',
  slugReset: 'wieder aus dem Titel bilden',
  excerpt: 'Auszug',
  characters_one: '{{formatted}} Zeichen',
  characters_other: '{{formatted}} Zeichen',
  excerptPlaceholder: 'Ein, zwei Sätze für Übersichten und Linkvorschauen',
  site: 'Website',
  noSite: 'Keine',
  removedSite: 'Eine entfernte Website',
  category: 'Kategorie',
  categoryExample: 'z. B. {{category}}',
  categorySample: 'Aus der Branche',
  categoryNotOnSite:
    '{{site}} hat noch keine Kategorie „{{category}}“. Sie bleibt so, wie Sie sie eingegeben haben.',
  tags: 'Schlagwörter',
  addTags: 'Schlagwörter hinzufügen',
  addTag: 'Schlagwort hinzufügen',
  removeTag: 'Schlagwort {{item}} entfernen',
  addCategories: 'Kategorien hinzufügen',
  addCategory: 'Kategorie hinzufügen',
  removeCategory: 'Kategorie {{item}} entfernen',
  author: 'Autor/in',
  publishDate: 'Erscheinungsdatum',
  featuredImage: 'Beitragsbild',
  featuredImageAlt: 'Alternativtext des Beitragsbilds',
  imageNotLoaded:
    'Dieses Bild wird nicht geladen: Angezeigt werden nur Bilder, die im Artikel gespeichert sind.',
  imageAltPlaceholder: 'Beschreiben Sie das Bild für Menschen, die es nicht sehen können',
  replaceImage: 'Ersetzen …',
  removeImage: 'Entfernen',
  addingImage: 'Bild wird hinzugefügt …',
  chooseImage: 'Bild auswählen … oder hierher ziehen',
  imageNotAdded: '„{{name}}“ konnte nicht hinzugefügt werden.',
  searchEngines: 'Suchmaschinen',
  seoTitle: 'SEO-Titel',
  seoTitlePlaceholder: 'Ohne Eingabe gilt der Titel',
  seoDescription: 'SEO-Beschreibung',
  seoDescriptionPlaceholder: 'Ohne Eingabe gilt der Auszug',
  length: '{{length}} / {{ideal}}',
  lengthOf: '{{of}}: {{length}} / {{ideal}}',
  theTitle: 'Titel',
  theExcerpt: 'Auszug',
  countsTitle: 'Gezählt wird der Titel, der gilt, solange dieses Feld leer ist.',
  countsExcerpt: 'Gezählt wird der Auszug, der gilt, solange dieses Feld leer ist.',
  overIdeal: 'Suchergebnisse zeigen meist etwa {{ideal}} Zeichen.',
}

/** German: the review states. */
export const articleStatus: Messages['articleStatus'] = {
  draft: 'Entwurf',
  in_review: 'In Prüfung',
  approved: 'Freigegeben',
  published: 'Veröffentlicht',
}

/** German: what publishing does with the slug. */
export const slugNotes: Messages['slugNotes'] = {
  lockedPublished: 'Von Hand gesetzt; die Veröffentlichung verwendet sie.',
  lockedMoves:
    'Von Hand gesetzt; die Veröffentlichung verlegt den Beitrag von „{{kept}}“ an diese Adresse.',
  keeps:
    'Die Veröffentlichung behält die bisherige Adresse „{{kept}}“. Ändern Sie die Titelform, um den Beitrag zu verlegen.',
  followsSent: 'Folgt dem Titel; die Veröffentlichung gibt dem Beitrag diese Adresse.',
  followsGit: 'Folgt dem Titel; der Beitrag erscheint unter dieser Adresse.',
  unicode:
    'WordPress-Websites erhalten „{{slug}}“. Kanji lassen sich hier nicht umschreiben, daher erhalten andere Websites diese Adresse.',
}
