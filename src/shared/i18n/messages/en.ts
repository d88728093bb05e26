import { articleStatus, details, slugNotes } from './en/details'
import { editor } from './en/editor'
import { common, history, workspace } from './en/history'
import { menu } from './en/menu'
import { publish } from './en/publish'
import { libraryMain } from './en/libraryMain'
import { publishMain } from './en/publishMain'
import { targetsMain } from './en/targetsMain'
import { teamMain } from './en/teamMain'
import { teamShared } from './en/teamShared'
import { importMain } from './en/importMain'
import { startupMain } from './en/startupMain'
import { transferMain } from './en/transferMain'
import { review } from './en/review'
import { commentNotice } from './en/commentNotice'
import { screens } from './en/screens'
import { shell } from './en/shell'
import { siteAuthor } from './en/siteAuthor'
import { sites } from './en/sites'
import { sitesForm } from './en/sitesForm'
import { team } from './en/team'
import { sitesMain } from './en/sitesMain'
import { previewMain } from './en/previewMain'
import { exportButtons, toasts } from './en/toasts'
import { libraryPane, trash } from './en/trash'

/**
 * Every sentence of the screens that speak through the i18n layer, in English. Other
 * languages must give each key (`messages/de.ts` does not compile otherwise, and
 * `messages.test.ts` checks plural forms too). Keys are grouped by screen.
 */
export const en = {
  language: {
    label: 'Language',
    system: 'Same as the system ({{language}})',
    help: 'Screens, the application menu, messages, dates and numbers.',
  },
  namePrompt: {
    title: 'What should Copydesk call you?',
    body: 'Your name goes beside your comments and in each article’s timeline, so reviewers know who sent what. You can change it any time in Settings.',
    notNow: 'Not now',
    continue: 'Continue',
  },
  settings: {
    title: 'Settings',
    done: 'Done',
    tabs: { general: 'General', sites: 'Sites', team: 'Team' },
    userName: 'Your name',
    userNamePlaceholder: 'e.g. Alex Morgan',
    userNameHelp: 'Recorded when you change an article’s status.',
    libraryFolder: 'Library folder',
    changeLibrary: 'Change…',
    libraryUnusable: 'That folder could not be used as a library.',
    unsavedBlocksSwitch: 'Your latest changes could not be saved, so the library was not changed.',
    discardTitle: 'Discard unsaved changes?',
    discard: 'Discard',
    siteNotSaved: 'The changes to the site have not been saved.',
  },
  status: {
    words_one: '{{formatted}} word',
    words_other: '{{formatted}} words',
    readingTime: '{{minutes}} min read',
  },
  library: {
    emptyTitle: 'Your library is empty',
    emptyText:
      'Copydesk is where you draft articles offline, fill in their details and keep every version, saved as you type.',
    newArticle: 'New article',
    pickArticle: 'Pick an article from the library, or start a new one.',
    pickArticleWith: 'Pick an article from the library, or start a new one with {{shortcut}}.',
    noMatchesFor: 'No articles match “{{query}}”.',
    noMatches: 'No articles match these filters.',
    clearFilter: 'Clear filter',
  },
  errors: {
    imageDamaged: 'The image data was damaged on the way. Please try again.',
    imageEmpty: 'That image file is empty.',
    imageTooLarge:
      'That image is {{size}}; Copydesk accepts images up to {{limit}}. Try a smaller copy.',
  },
  editor,
  details,
  articleStatus,
  slugNotes,
  history,
  common,
  workspace,
  trash,
  libraryPane,
  review,
  commentNotice,
  sites,
  toasts,
  exportButtons,
  publish,
  publishMain,
  libraryMain,
  targetsMain,
  sitesMain,
  previewMain,
  teamMain,
  teamShared,
  importMain,
  startupMain,
  transferMain,
  shell,
  menu,
  siteAuthor,
  team,
  sitesForm,
  screens,
}
