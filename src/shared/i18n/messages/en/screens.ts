/**
 * Screens outside the main panes: the start failure, the library and quarantine banners, the
 * import summary, a long paste, the preview's width switch and theme error, opening a post
 * from a site.
 */
export const screens = {
  fatal: {
    title: 'Copydesk could not start',
    tryAgain: 'Try again',
  },
  libraryBanner: {
    stillUnavailable: 'The library is still not available.',
    folderUnusable: 'That folder cannot be used.',
    tryAgain: 'Try again',
    chooseAnother: 'Choose another library…',
  },
  quarantine: {
    one: '1 article could not be opened and was moved aside: {{reason}}. Its file is kept in {{movedTo}}.',
    many: '{{count}} articles could not be opened and were moved aside. Their files are kept in the library’s quarantine folder:',
    item: '{{file}}: {{reason}} (kept in {{movedTo}})',
  },
  importSummary: {
    title: 'Import finished',
    ok: 'OK',
    imported_one: '{{count}} article imported as drafts.',
    imported_other: '{{count}} articles imported as drafts.',
    importedSkipped_one: '{{count}} article imported as drafts, {{skipped}} not imported.',
    importedSkipped_other: '{{count}} articles imported as drafts, {{skipped}} not imported.',
    notImported: 'Not imported',
    worthKnowing: 'Worth knowing',
  },
  paste: {
    pasting: 'Pasting…',
    soFar: 'Pasted so far',
  },
  preview: {
    pageWidth: 'Page width',
    widths: { desktop: 'Desktop', tablet: 'Tablet', phone: 'Phone' },
    widthLabel: '{{label}} {{px}} px wide',
    widthTitle: '{{label}}, {{px}} px wide',
    themeError: 'The theme has an error.',
    themeErrorIn: 'The theme has an error in {{place}}.',
    line: 'line {{line}}',
    lastGood: 'Showing the last version that worked. Fix the theme file and the preview updates.',
  },
  sitePosts: {
    readFailed: 'The site’s posts could not be read.',
    openFailed: 'The post could not be opened.',
    title: 'Open a post from a site',
    noSites:
      'No site to open posts from yet. Connect a WordPress or Ghost site or a git repository in Settings → Sites, then come back here.',
    site: 'Site',
    show: 'Show',
    posts: 'Posts',
    pages: 'Pages',
    search: 'Search',
    searchPlaceholder: 'Words in the title',
    reading: 'Reading the posts of {{site}}…',
    tryAgain: 'Try again',
    noPostMatches: 'No post on {{site}} matches “{{words}}”.',
    noPageMatches: 'No page on {{site}} matches “{{words}}”.',
    noPosts: '{{site}} has no posts yet.',
    noPages: '{{site}} has no pages yet.',
    postsOf: 'Posts of {{site}}',
    pagesOf: 'Pages of {{site}}',
    newer: 'Newer',
    older: 'Older',
    opening: 'Opening…',
    page: 'Page {{page}}',
    noDate: 'No date',
    status: {
      published: 'Published',
      scheduled: 'Scheduled',
      draft: 'Draft',
      pending: 'Pending review',
      private: 'Private',
    },
  },
}
