/** What Settings → Sites and saved files are told from the main side. */
export const sitesMain = {
  gone: 'That site no longer exists.',
  builtinFirst: 'A new site starts with a built-in theme.',
  noFolders: 'Opening folders is not available here.',
  noSafeStore: 'This computer offers no safe place to keep passwords.',
  captureFirst: 'Capture the theme from the site first.',
  themeFolder: 'Copydesk could not set up the site’s theme folder.',
  name: 'Give the site a name.',
  articleAddress: 'Enter the full address of an article on the site.',
  httpAddress: 'The address must start with https:// or http://.',
  captureFailed: 'The theme could not be captured. The previous theme was kept.',
  files: {
    noOpen: 'Opening files is not available here.',
    noShow: 'Showing files in their folder is not available here.',
    onlySaved: 'Copydesk opens only files it saved for you.',
    onlyWebLinks: 'Copydesk opens only web (http, https) and email links.',
    gone: '{{path}} is no longer there; it may have been moved.',
    /** The file types of the save dialog. */
    types: {
      html: 'Web page',
      pdf: 'PDF document',
      md: 'Markdown',
      zip: 'Zip archive',
      docx: 'Word document',
    },
  },
}
