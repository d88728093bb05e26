import type { MenuCommand } from '@shared/ipc/contract'
import type { SideView } from '../article/SidePanel'

/** Which panes are visible. */
export interface Panes {
  library: boolean
  meta: boolean
}

/** What a menu command may look at and change in the window. */
export interface CommandTarget {
  /** The id of the open article, if any. */
  openId: string | null
  panes: Panes
  side: SideView
  sidebarView: 'articles' | 'trash'
  createArticle(): void
  save(): void
  duplicate(id: string): void
  trash(id: string): void
  setPane(pane: keyof Panes, visible: boolean): void
  setSide(side: SideView): void
  setSidebarView(view: 'articles' | 'trash'): void
  focusSearch(): void
  togglePreview(): void
  openDialog(dialog: 'publish' | 'about'): void
  /** File → Import: choose files to bring in as articles. */
  importFiles(): void
  /** File → Export Library: the whole library as a zip. */
  exportLibrary(): void
}

/**
 * Does what a menu item or window shortcut asks. The same command toggles: a second "Show
 * history" goes back to the details.
 */
export function routeMenuCommand(command: MenuCommand, to: CommandTarget): void {
  const { openId, panes } = to
  const toggleSide = (view: SideView): void => {
    if (!openId) return
    if (panes.meta && to.side === view) {
      to.setSide('details')
      return
    }
    to.setSide(view)
    if (!panes.meta) to.setPane('meta', true)
  }
  switch (command) {
    case 'new-article':
      return to.createArticle()
    case 'save':
      return to.save()
    case 'duplicate-article':
      if (openId) to.duplicate(openId)
      return
    case 'delete-article':
      if (openId) to.trash(openId)
      return
    case 'find':
      if (!panes.library) to.setPane('library', true)
      to.setSidebarView('articles')
      return to.focusSearch()
    case 'toggle-library':
      return to.setPane('library', !panes.library)
    case 'toggle-meta':
      return to.setPane('meta', !panes.meta)
    case 'show-trash':
      to.setSidebarView(panes.library && to.sidebarView === 'trash' ? 'articles' : 'trash')
      if (!panes.library) to.setPane('library', true)
      return
    case 'show-revisions':
      return toggleSide('history')
    case 'show-comments':
      return toggleSide('review')
    case 'toggle-preview':
      return to.togglePreview()
    case 'publish':
      if (openId) to.openDialog('publish')
      return
    case 'import-files':
      return to.importFiles()
    case 'export-library':
      return to.exportLibrary()
    case 'about':
      return to.openDialog('about')
  }
}
