/** What the library says from the main side: save and open failures, banners and notices. */
export const libraryMain = {
  io: {
    failed: 'Copydesk could not {{action}}: {{reason}}.',
    unexpected: 'an unexpected file-system error happened',
    unexpectedCode: 'an unexpected file-system error happened ({{code}})',
    reasons: {
      diskFull: 'the disk is full',
      quota: 'the disk quota is used up',
      readOnlyDisk: 'the library folder is on a read-only disk',
      notAllowed: 'Copydesk is not allowed to use that file or folder (check its permissions)',
      busy: 'another program is using the file',
      tooManyOpen: 'too many files are open',
      missing: 'a file or folder is missing',
      mayNotRead: 'Copydesk is not allowed to read it (check its permissions)',
      mayNotWrite: 'Copydesk is not allowed to write there (check the permissions)',
      keptChanging: 'another program kept changing the article on disk. Try again in a moment',
    },
  },
  /** What could not be done, finishing "Copydesk could not …". */
  actions: {
    keepCurrentVersion: 'keep a copy of the current version',
    restoreVersion: 'restore that version',
    saveArticle: 'save the article',
    keepOtherVersion: 'keep the version another program saved',
    moveToTrash: 'move the article to the trash',
    restoreArticle: 'restore the article',
    emptyTrash: 'empty the trash',
    clearNotices: 'clear the notices',
    createArticle: 'create the article',
    duplicateArticle: 'duplicate the article',
    addImage: 'add the image',
    openLibrary: 'open the library folder',
    readLibrary: 'read the library folder',
    readArticle: 'read this article',
    openArticle: 'open the article',
    saveComment: 'save the comment',
    recordPublication: 'record the publication',
    writeExport: 'write the export',
  },
  folder: {
    notAbsolute: 'Choose a folder on this computer.',
    isFile: 'That is a file, not a folder. Choose a folder instead.',
    unreadable: 'Copydesk cannot read that folder. Choose another one.',
    notEmpty:
      'That folder already holds other files. Choose an empty folder or an existing Copydesk library.',
  },
  access: {
    opening:
      'Another Copydesk is opening this library right now, so it is open here read-only. Choose Try again in a moment.',
    thisComputer: 'this computer',
    ownerOn: '{{owner}} on {{where}}',
    heldElsewhere:
      'Another Copydesk ({{who}}) has this library open, so it is open here read-only and nothing you change here can be saved. Close it there, then choose Try again.',
    readOnlyFolder:
      'Copydesk cannot write in this library folder (a read-only disk, or no permission), so it is open read-only and nothing can be saved here.',
    closed: 'This library was closed.',
  },
  quarantine: {
    notMoved: '{{reason}} Copydesk could not move it aside, so it was left where it is.',
    leftOut: '{{reason}} It was left where it is and is not shown in the library.',
  },
  file: {
    cutOff:
      'The file is incomplete: it stops part-way through, as if a copy or sync was interrupted.',
    notJson: 'The file is not article data Copydesk can read (it is not valid JSON).',
    empty: 'The file is empty.',
    invalid: 'Some of the article’s data is missing or invalid.',
    invalidWith: 'Some of the article’s data is missing or invalid ({{detail}}).',
    noArticle: 'The file does not contain article data.',
    noVersion: 'The file has no valid format version, so Copydesk cannot tell how to read it.',
    newer:
      'This article was made by a newer Copydesk (format {{version}}; this version reads up to format {{current}}). Update Copydesk to open it.',
    tooOld: 'The file uses format {{version}}, which this version of Copydesk can no longer read.',
  },
  images: {
    empty: 'That file is empty.',
    tooLarge:
      'That image is {{size}}; Copydesk takes images up to {{limit}}. Please use a smaller version.',
    svg: 'SVG images are not supported yet, because they can contain scripts. Please export it as PNG or WebP and add that instead.',
    notImage: 'That file is not an image Copydesk can use (PNG, JPEG, GIF, WebP or AVIF).',
  },
  outsideLink: {
    imagesFolder:
      'This article’s images folder is a link to a place outside the library. Copydesk does not follow links out of the library; replace the link with the files themselves.',
    revisionsFolder:
      'This article’s revisions folder is a link to a place outside the library. Copydesk does not follow links out of the library; replace the link with the files themselves.',
    version:
      'That version is a link to a place outside the library. Copydesk does not follow links out of the library; replace the link with the files themselves.',
    articleFolder:
      'This article’s folder is a link to a place outside the library. Copydesk does not follow links out of the library; replace the link with the files themselves.',
  },
  trash: {
    gone: 'That article is no longer in the trash.',
    sameId:
      'An article with the same id is already in the library, so this one cannot be put back.',
  },
  versions: {
    missing: 'That version does not exist.',
    gone: 'That version no longer exists.',
    damaged: 'That version is damaged and cannot be opened.',
  },
  comments: {
    not_found: 'That comment no longer exists. It may have been deleted.',
    duplicate: 'That comment was already saved.',
    not_yours: 'Only the person who wrote a comment can delete it.',
    empty: 'The comment is empty.',
  },
  movedToQuarantine: 'This article could not be opened and was moved to quarantine. {{reason}}',
  articleMissing: 'That article does not exist.',
  articleGone: 'That article no longer exists.',
  changedElsewhere:
    'This article was also changed on disk by another program (a sync tool, another computer) while you were editing. Your version is saved; the other one is kept in History as “Other version (changed elsewhere)”.',
  untitled: 'Untitled',
  /** The title of a duplicated article. */
  copyTitle: '{{title}} (copy)',
  syncCopy:
    'A sync tool left another version of “{{title}}”. It is kept in the article’s History as “Other version (changed elsewhere)”: open History to compare or restore it.',
  saveInvalid: 'The article could not be saved: {{detail}}',
  featuredImageUnsafe: 'The featured image must be an image saved in the article or a web address.',
}
