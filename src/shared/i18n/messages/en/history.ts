/** The History panel, an earlier version's view and the restore question. */
export const history = {
  none: 'No earlier versions yet. Copydesk keeps one every few minutes while you write and one at each status change.',
  listLabel: 'Earlier versions',
  reasons: {
    auto: 'While writing',
    status: 'Status changed',
    restore: 'Before a restore',
    publish: 'Published',
    conflict: 'Other version (changed elsewhere)',
  },
  viewLabel: 'Earlier version',
  back: 'Back to editing',
  versionFrom: 'Version from <strong>{{when}}</strong> · read-only',
  restore: 'Restore this version',
  restoring: 'Restoring…',
  readOnly: 'An earlier version cannot be edited.',
  confirmTitle: 'Restore this version?',
  confirm: 'Restore',
  counts: 'Now {{now}}; this version {{then}}. The current text is kept in History.',
  refusedTitle: 'This version cannot be restored',
  keepCurrent: 'Keep the current text',
  unreadable: 'Copydesk cannot read this version, so restoring it could lose your text.',
  empty: 'This version has no text; restoring it would empty the article.',
  staysAsIs: 'The current text stays as it is.',
  notSaved: 'Your latest changes are not saved yet, so the version was not restored.',
  restored:
    'Version restored. {{shortcut}} brings back the text it replaced, which History also keeps.',
  /** When another program (a sync tool, another computer) wrote the article as it was restored. */
  otherVersion: {
    reapplied:
      'Another program (a sync tool, another computer) changed this article meanwhile. The version was restored over that one, which History keeps as “Before a restore”, so nothing is lost.',
    kept: 'Another program (a sync tool, another computer) saved this article just as the version was restored. The restored version is in place; the other one is kept in History as “Other version (changed elsewhere)”.',
  },
  /** When another program wrote the article as a publish was recorded in it. */
  publishedOverOther: {
    reapplied:
      'Another program (a sync tool, another computer) changed this article meanwhile. Where it was published is recorded in that version, so nothing is lost.',
    kept: 'Another program (a sync tool, another computer) saved this article just as the publish was recorded. The record is saved; the other version is kept in History as “Other version (changed elsewhere)”.',
  },
}

/** Words many screens share. */
export const common = {
  cancel: 'Cancel',
  dismiss: 'Dismiss',
  untitled: 'Untitled',
  close: 'Close',
}

/** The open article around the editor: title, side pane tabs. */
export const workspace = {
  title: 'Title',
  tabs: { details: 'Details', review: 'Review', history: 'History' },
  me: 'Me',
  noArticle: 'Details appear here when an article is open.',
}
