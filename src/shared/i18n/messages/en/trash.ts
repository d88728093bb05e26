/** The trash, and the library's own words around it. */
export const trash = {
  title: 'Trash',
  show: 'Show trash',
  back: 'Back to the library',
  empty: 'The trash is empty.',
  listLabel: 'Trash',
  deleted: 'Deleted {{when}}',
  restore: 'Restore',
  emptyTrash: 'Empty trash',
  confirmTitle: 'Empty the trash?',
  confirm: 'Delete for good',
  confirmText_one:
    'The article in the trash will be deleted for good, with its images and history. This cannot be undone.',
  confirmText_other:
    'The {{formatted}} articles in the trash will be deleted for good, with their images and history. This cannot be undone.',
  deletedForGood_one: 'Deleted {{formatted}} article for good.',
  deletedForGood_other: 'Deleted {{formatted}} articles for good.',
  moved: 'Moved to trash',
  undo: 'Undo',
  restored: 'Restored “{{title}}” to the library.',
  open: 'Open',
  notRestored: 'The article could not be restored.',
  notMoved: 'The article could not be moved to trash.',
  notSavedStays: 'The latest changes could not be saved, so the article stays where it is.',
}

/** The library pane around its list. */
export const libraryPane = {
  label: 'Library',
  title: 'Library',
  dropHint: 'Drop Word, Markdown, HTML or WordPress export files to import them',
  places: 'Show articles',
  all: 'All',
  local: 'On this computer',
  team: 'Team',
  noTeamArticles: 'No team articles yet. To share one, choose Move to team in its menu.',
  noArticles: 'No articles yet.',
  notCreated: 'A new article could not be created.',
  notDuplicated: 'The article could not be duplicated.',
  duplicate: 'Duplicate',
  moveToTeam: 'Move to team',
  copyToComputer: 'Copy to this computer',
  moveToTrash: 'Move to trash',
  removeFromComputer: 'Remove from this computer',
  removeFromComputerHint: 'The team keeps it; you can restore it from the Trash.',
  rowMenu: 'Duplicate or move to trash',
  /** The pane's own button, beside its title: short where the language's words are long. */
  newArticle: 'New article',
  teamBadge: 'Team',
}
