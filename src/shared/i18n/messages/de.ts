import type { Messages } from './Messages'
import { articleStatus, details, slugNotes } from './de/details'
import { editor } from './de/editor'
import { common, history, workspace } from './de/history'
import { menu } from './de/menu'
import { publish } from './de/publish'
import { libraryMain } from './de/libraryMain'
import { publishMain } from './de/publishMain'
import { targetsMain } from './de/targetsMain'
import { teamMain } from './de/teamMain'
import { teamShared } from './de/teamShared'
import { importMain } from './de/importMain'
import { startupMain } from './de/startupMain'
import { transferMain } from './de/transferMain'
import { review } from './de/review'
import { commentNotice } from './de/commentNotice'
import { screens } from './de/screens'
import { shell } from './de/shell'
import { siteAuthor } from './de/siteAuthor'
import { sites } from './de/sites'
import { sitesForm } from './de/sitesForm'
import { team } from './de/team'
import { sitesMain } from './de/sitesMain'
import { previewMain } from './de/previewMain'
import { exportButtons, toasts } from './de/toasts'
import { libraryPane, trash } from './de/trash'

/** German: each key of `en.ts`. */
export const de: Messages = {
  language: {
    label: 'Sprache',
    system: 'Wie das System ({{language}})',
    help: 'Ansichten, Programmmenü, Meldungen, Datumsangaben und Zahlen.',
  },
  namePrompt: {
    title: 'Wie soll Copydesk Sie nennen?',
    body: 'Ihr Name steht neben Ihren Kommentaren und im Verlauf jedes Artikels, damit die Prüfenden wissen, wer was geschickt hat. Sie können ihn jederzeit in den Einstellungen ändern.',
    notNow: 'Jetzt nicht',
    continue: 'Weiter',
  },
  settings: {
    title: 'Einstellungen',
    done: 'Fertig',
    tabs: { general: 'Allgemein', sites: 'Websites', team: 'Team' },
    userName: 'Ihr Name',
    userNamePlaceholder: 'z. B. Alex Morgan',
    userNameHelp: 'Wird vermerkt, wenn Sie den Status eines Artikels ändern.',
    libraryFolder: 'Bibliotheksordner',
    changeLibrary: 'Ändern …',
    libraryUnusable: 'Dieser Ordner kann nicht als Bibliothek verwendet werden.',
    unsavedBlocksSwitch:
      'Ihre letzten Änderungen konnten nicht gespeichert werden, daher wurde die Bibliothek nicht gewechselt.',
    discardTitle: 'Ungespeicherte Änderungen verwerfen?',
    discard: 'Verwerfen',
    siteNotSaved: 'Die Änderungen an der Website wurden nicht gespeichert.',
  },
  status: {
    words_one: '{{formatted}} Wort',
    words_other: '{{formatted}} Wörter',
    readingTime: '{{minutes}} Min. Lesezeit',
  },
  library: {
    emptyTitle: 'Ihre Bibliothek ist leer',
    emptyText:
      'In Copydesk entwerfen Sie Artikel offline, ergänzen ihre Angaben und behalten jede Fassung – gespeichert, während Sie schreiben.',
    newArticle: 'Neuer Artikel',
    pickArticle: 'Wählen Sie einen Artikel aus der Bibliothek oder beginnen Sie einen neuen.',
    pickArticleWith:
      'Wählen Sie einen Artikel aus der Bibliothek oder beginnen Sie mit {{shortcut}} einen neuen.',
    noMatchesFor: 'Keine Artikel passen zu „{{query}}“.',
    noMatches: 'Keine Artikel passen zu diesen Filtern.',
    clearFilter: 'Filter aufheben',
  },
  errors: {
    imageDamaged: 'Die Bilddaten wurden unterwegs beschädigt. Bitte versuchen Sie es noch einmal.',
    imageEmpty: 'Diese Bilddatei ist leer.',
    imageTooLarge:
      'Dieses Bild ist {{size}} groß; Copydesk nimmt Bilder bis {{limit}} an. Versuchen Sie eine kleinere Fassung.',
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
