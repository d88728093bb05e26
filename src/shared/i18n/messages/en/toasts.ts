/** Short notices at the bottom of the window, and the buttons they carry. */
export const toasts = {
  imported_one: 'Imported {{formatted}} article.',
  imported_other: 'Imported {{formatted}} articles.',
  exportedMany_one: 'Exported {{formatted}} article to {{path}}',
  exportedMany_other: 'Exported {{formatted}} articles to {{path}}',
  exported: 'Exported to {{path}}',
  reviewCopySaved: 'Review copy saved to {{path}}',
  pdfSaved: 'PDF saved to {{path}}',
  exportFailed: 'The export could not be made.',
  exportNotSaved: 'Your latest changes are not saved yet, so nothing was exported.',
  open: 'Open',
  showInFolder: 'Show in folder',
  openFailed: 'Copydesk could not open the file.',
  showFailed: 'Copydesk could not show the file in its folder.',
  leftUnsaved: 'Changes to “{{title}}” are not saved yet. Copydesk keeps trying.',
  openedFromSite: 'Opened “{{title}}” from {{site}}. Publishing updates that post.',
}

/** The preview's export buttons. */
export const exportButtons = {
  review: 'Export review copy',
  reviewBusy: 'Exporting…',
  pdf: 'Export PDF',
  pdfBusy: 'Making PDF…',
}
