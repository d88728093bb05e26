/** What opening a site's post, importing articles and cleaning their URLs say. */
export const importMain = {
  noListing: 'This kind of site cannot list its posts in Copydesk.',
  postChangedWhileOpening: 'The post changed on the site while it was opening. Open it again.',
  postNotOpened: 'The post could not be opened.',
  postTextMissing: 'The post’s text did not come with it.',
  siteGone: 'That site no longer exists in Settings → Sites.',
  imageLeftOut: '{{source}}: the image {{file}} was left out. {{reason}}',
  featuredLeftOut: '{{source}}: the featured image was left out: unsafe address.',
  unsafeLinksKept_one: '{{formatted}} unsafe link kept as plain text',
  unsafeLinksKept_other: '{{formatted}} unsafe links kept as plain text',
  missingImagesLeftOut_one: '{{formatted}} image that could not be found left out',
  missingImagesLeftOut_other: '{{formatted}} images that could not be found left out',
  unknownElementsKept_one: '{{formatted}} unknown element kept as text',
  unknownElementsKept_other: '{{formatted}} unknown elements kept as text',
  wxrTooManyItems:
    '“{{file}}” holds more than {{limit}} items. Export the site from WordPress in parts (by date or by type) and import each part.',
  wxrBroken: '“{{file}}” is not a readable WordPress export: its XML is broken.',
  wxrBrokenAt: '“{{file}}” is not a readable WordPress export: its XML is broken at line {{line}}.',
  wxrNoChannel: '“{{file}}” is not a WordPress export (no <channel>).',
  wxrMediaRead_one: '{{formatted}} media file in the export was read for featured images.',
  wxrMediaRead_other: '{{formatted}} media files in the export were read for featured images.',
  /** An item of a WordPress export, as the import summary names it. */
  wxrItem: '“{{title}}” ({{type}} {{id}})',
  wxrItemType: 'item',
  /** Why an item of a WordPress export was not imported. */
  wxrSkipped: {
    notPostOrPage: 'it is not a post or a page',
    trash: 'it is in the WordPress trash',
    autoDraft: 'it is an empty automatic draft',
    revision: 'it is a revision',
  },
  removed: {
    links_one: '{{formatted}} link',
    links_other: '{{formatted}} links',
    images_one: '{{formatted}} image',
    images_other: '{{formatted}} images',
    featuredImage: 'the featured image',
    sentence_one: '{{subject}} was removed: unsafe target.',
    sentence_other: '{{subject}} were removed: unsafe targets.',
    wordsKept: 'Their words were kept.',
  },
}
