import { describe, expect, it } from 'vitest'
import type { SideView } from '../article/SidePanel'
import { routeMenuCommand, type CommandTarget, type Panes } from './routeMenuCommand'

/** A window whose state the commands change, recording what they asked for. */
function windowState(start: Partial<Pick<CommandTarget, 'openId' | 'side'>> & { panes?: Panes }) {
  const state = {
    openId: start.openId ?? null,
    panes: start.panes ?? { library: true, meta: true },
    side: start.side ?? ('details' as SideView),
    sidebarView: 'articles' as 'articles' | 'trash',
    calls: [] as string[],
  }
  const target = (): CommandTarget => ({
    ...state,
    createArticle: () => state.calls.push('create'),
    save: () => state.calls.push('save'),
    duplicate: (id) => state.calls.push(`duplicate ${id}`),
    trash: (id) => state.calls.push(`trash ${id}`),
    setPane: (pane, visible) => (state.panes = { ...state.panes, [pane]: visible }),
    setSide: (side) => (state.side = side),
    setSidebarView: (view) => (state.sidebarView = view),
    focusSearch: () => state.calls.push('focus search'),
    togglePreview: () => state.calls.push('preview'),
    openDialog: (dialog) => state.calls.push(`dialog ${dialog}`),
    importFiles: () => state.calls.push('import'),
    exportLibrary: () => state.calls.push('export'),
  })
  return {
    state,
    run: (command: Parameters<typeof routeMenuCommand>[0]) => routeMenuCommand(command, target()),
  }
}

describe('routeMenuCommand', () => {
  it('shows history, and goes back to the details on the second press', () => {
    const { state, run } = windowState({ openId: 'a1' })
    run('show-revisions')
    expect(state.side).toBe('history')
    run('show-revisions')
    expect(state.side).toBe('details')
  })

  it('opens the hidden side pane to show the comments', () => {
    const { state, run } = windowState({ openId: 'a1', panes: { library: true, meta: false } })
    run('show-comments')
    expect(state).toMatchObject({ side: 'review', panes: { meta: true } })
  })

  it('ignores article commands when no article is open', () => {
    const { state, run } = windowState({})
    run('publish')
    run('delete-article')
    run('show-revisions')
    expect(state.calls).toEqual([])
    expect(state.side).toBe('details')
  })

  it('finds: shows the library and its article list, then focuses the search', () => {
    const { state, run } = windowState({ panes: { library: false, meta: true } })
    state.sidebarView = 'trash'
    run('find')
    expect(state).toMatchObject({ panes: { library: true }, sidebarView: 'articles' })
    expect(state.calls).toEqual(['focus search'])
  })

  it('toggles the trash view and publishes the open article', () => {
    const { state, run } = windowState({ openId: 'a1' })
    run('show-trash')
    expect(state.sidebarView).toBe('trash')
    run('show-trash')
    expect(state.sidebarView).toBe('articles')
    run('publish')
    expect(state.calls).toEqual(['dialog publish'])
  })
})
