/** The window's top bar, the library's search and filters, the save state and About. */
export const shell = {
  toolbar: {
    showLibrary: 'Show library',
    publish: 'Publish',
    review: 'Review and comments',
    history: 'History',
    preview: 'Preview',
    showDetails: 'Show details',
    focus: 'Focus on the text',
    focusHint: 'Focus on the text: hide the library, details and preview',
    settings: 'Settings',
  },
  search: {
    hint: 'Search',
    placeholder: 'Search titles and text',
    label: 'Search articles',
    indexing: 'Still indexing the library: more articles and search results will appear.',
  },
  filters: {
    byStatus: 'Filter by status',
    status: 'Status',
    byCategory: 'Filter by category',
    category: 'Category',
    byTag: 'Filter by tag',
    tag: 'Tag',
  },
  save: {
    saved: 'Saved',
    saving: 'Saving…',
    savedAt: 'Saved at {{time}}',
    notSaved: 'Not saved: {{message}}',
    retry: 'Retry',
    retryHint: 'Copydesk also retries by itself every {{seconds}} s',
  },
  about: {
    title: 'About Copydesk',
    tagline: 'Draft articles offline, fill in their details and keep every version.',
    version: 'Version {{version}} · {{platform}} · {{runtime}}',
    desktop: 'desktop app',
    browser: 'browser window',
    close: 'Close',
  },
}
