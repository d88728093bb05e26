import { useCallback, useEffect, useMemo, useRef, useState, type JSX } from 'react'
import { Trans, useTranslation } from 'react-i18next'
import type { Article, ArticleSummary } from '@shared/article/Article'
import { i18n } from '@shared/i18n/i18n'
import type { LibraryInfo, MenuCommand } from '@shared/ipc/contract'
import { whyCannotPublish } from '@shared/team/TeamRole'
import { messageOf } from './api/messageOf'
import { ArticleWorkspace } from './article/ArticleWorkspace'
import type { EditorStats } from './article/EditorStats'
import type { PreviewMode } from './article/PreviewMode'
import { SidePanel, type SideView } from './article/SidePanel'
import { useOpenArticle } from './article/useOpenArticle'
import { useFlushOnLeave } from './autosave/useFlushOnLeave'
import { savedFileActions } from './files/savedFileActions'
import { EmptyLibrary } from './library/EmptyLibrary'
import { isFiltering } from './library/ListFilter'
import { LibrarySidebar } from './library/LibrarySidebar'
import { NoArticleHint } from './library/NoArticleHint'
import { summaryOf } from './library/summaryOf'
import { PublicationLine } from './publish/PublicationLine'
import { PublishDialog } from './publish/PublishDialog'
import { useFinishedJobs } from './publish/useFinishedJobs'
import { useDiskChanges } from './article/useDiskChanges'
import { useArticleActions } from './library/useArticleActions'
import { useArticleList } from './library/useArticleList'
import { useFacets } from './library/useFacets'
import { AboutDialog } from './shell/AboutDialog'
import { FatalScreen } from './shell/FatalScreen'
import { LibraryBanner } from './shell/LibraryBanner'
import { NamePrompt } from './shell/NamePrompt'
import { QuarantineBanner } from './shell/QuarantineBanner'
import { SettingsDialog } from './shell/SettingsDialog'
import { useSites } from './sites/useSites'
import { StatusBar } from './shell/StatusBar'
import { Toolbar } from './shell/Toolbar'
import { isMacPlatform, shortcutLabel, withShortcut } from './shell/shortcuts'
import { routeMenuCommand } from './shell/routeMenuCommand'
import { useAppCommands } from './shell/useAppCommands'
import { useShell, type PaneName } from './shell/useShell'
import { ValueStore } from './store/ValueStore'
import { ToastContext } from './ui/ToastContext'
import { ToastHost } from './ui/ToastHost'
import { ToastStore } from './ui/ToastStore'
import type { TeamDocReplica } from './team/TeamDocReplica'
import { useTeamLibrary } from './team/useTeamLibrary'
import { ImportSummaryDialog } from './transfer/ImportSummaryDialog'
import { TransferMenu } from './transfer/TransferMenu'
import { OpenFromSiteDialog } from './sitePosts/OpenFromSiteDialog'
import { useTransfer } from './transfer/useTransfer'

const mac = isMacPlatform()

/**
 * The open article's row: the list's when it shows it, else the row of its last save, else one
 * made from the article as it was opened (a search or filter may hide it from the list).
 */
function openArticleRow(
  article: Article,
  items: readonly ArticleSummary[] | null,
  saved: ArticleSummary | null,
): ArticleSummary {
  const listed = items?.find((item) => item.id === article.meta.id)
  if (listed) return listed
  if (saved?.id === article.meta.id && saved.updatedAt >= article.meta.updatedAt) return saved
  return summaryOf(article)
}

/** The window: library on the left, the open article in the centre, details on the right. */
export function App(): JSX.Element {
  // Hints built here are shown again in a new language as soon as it is chosen.
  const { t } = useTranslation()
  const [toasts] = useState(() => new ToastStore())
  const [stats] = useState(() => new ValueStore<EditorStats | null>(null))
  const showError = useCallback((message: string) => void toasts.error(message), [toasts])
  const shell = useShell(showError)
  const { settings, info } = shell
  const ready = settings !== null
  const list = useArticleList(ready)
  const facets = useFacets(ready)
  const sites = useSites(ready)
  const [preview, setPreview] = useState<PreviewMode>('off')
  const [sideYields, setSideYields] = useState(true)
  const [sidebarView, setSidebarView] = useState<'articles' | 'trash'>('articles')
  const [side, setSide] = useState<SideView>('details')
  const [dialog, setDialog] = useState<'settings' | 'about' | 'publish' | 'open-from-site' | null>(
    null,
  )
  const [publishGeneration, setPublishGeneration] = useState(0)
  const [teamReplica, setTeamReplica] = useState<TeamDocReplica | null>(null)
  const searchRef = useRef<HTMLInputElement>(null)
  const [searchFocusRequest, setSearchFocusRequest] = useState(0)

  // The open article's last saved row, for when a filter keeps it out of the list.
  const [savedRow, setSavedRow] = useState<ArticleSummary | null>(null)
  const editor = useOpenArticle({
    onSaved: (result, request) => {
      list.upsert(result.summary)
      setSavedRow(result.summary)
      if (result.notice) toasts.notice(result.notice)
      if (request.meta && ('category' in request.meta || 'tags' in request.meta)) facets.refresh()
    },
    onLeftUnsaved: (title) =>
      toasts.error(
        i18n.t('toasts.leftUnsaved', { title: title.trim() || i18n.t('common.untitled') }),
      ),
    onOpened: (id) => {
      stats.set(null)
      setSide((s) => (s !== 'details' && id === null ? 'details' : s))
      shell.updateSettings({ lastArticleId: id })
    },
  })
  const { open } = editor
  useDiskChanges({
    current: editor.current,
    show: editor.show,
    notify: (message) => void toasts.show({ message, timeoutMs: 10_000 }),
  })

  const libraryChanged = useCallback(() => {
    shell.refreshInfo()
    facets.refresh()
  }, [shell, facets])
  const onLibraryChanged = useCallback(
    (next: LibraryInfo) => {
      editor.close()
      shell.libraryChanged(next)
      setSidebarView('articles')
      list.refresh()
      facets.refresh()
    },
    [editor, shell, list, facets],
  )
  const onLibraryReopened = useCallback(() => {
    shell.refreshInfo()
    list.refresh()
    facets.refresh()
  }, [shell, list, facets])
  const actions = useArticleActions({ editor, list, toasts, libraryChanged })
  const teamLibrary = useTeamLibrary(list, editor, toasts)
  const teamActions = useMemo(
    () => ({
      moveIn: (id: string) => void teamLibrary.moveIn(id),
      copyOut: (id: string) => void teamLibrary.copyOut(id),
    }),
    [teamLibrary],
  )
  const transfer = useTransfer({
    onImported: (ids) => {
      list.refresh()
      libraryChanged()
      const [first] = ids
      if (first) editor.openById(first).catch((e: unknown) => showError(messageOf(e)))
    },
    onMessage: (message) => void toasts.show({ message }),
    onExported: (message, path) =>
      void toasts.show({ message, actions: savedFileActions(path, showError), timeoutMs: 10_000 }),
    onError: showError,
    flush: () => editor.flush(),
  })

  // Reopen the article that was open last time, once settings are known.
  const reopened = useRef(false)
  useEffect(() => {
    if (!settings || reopened.current) return
    reopened.current = true
    const last = settings.lastArticleId
    if (last) editor.openById(last).catch(() => shell.updateSettings({ lastArticleId: null }))
  }, [settings, editor, shell])

  useEffect(() => {
    if (searchFocusRequest === 0) return
    searchRef.current?.focus()
    searchRef.current?.select()
  }, [searchFocusRequest])

  useFlushOnLeave(() => void editor.flush())

  // Publishing moves the status to published; show it without losing unsaved edits.
  const reloadAfterPublish = async (id: string): Promise<void> => {
    try {
      await editor.reload(id)
      list.refresh()
    } catch (error) {
      showError(messageOf(error))
    }
  }

  // A job the outbox finished in the background changes the status too.
  useFinishedJobs(ready, (job) => {
    setPublishGeneration((n) => n + 1)
    if (editor.current()?.article.meta.id === job.articleId) void reloadAfterPublish(job.articleId)
    else list.refresh()
  })

  const stored = settings?.panes ?? { library: true, meta: true }
  // The preview beside the editor takes the right pane's room, so both keep a readable width;
  // asking for that pane brings it back (the stored choice stays as it was).
  const panes = { ...stored, meta: stored.meta && !(preview === 'side' && sideYields) }
  const setPane = (pane: PaneName, visible: boolean): void => {
    if (pane === 'meta' && visible) setSideYields(false)
    shell.setPane(pane, visible)
  }
  const showSide = (view: SideView): void => {
    setSide(view)
    if (!panes.meta) setPane('meta', true)
  }
  // A team member whose role cannot publish is told why instead of getting a dialog that fails.
  const publishBlocked =
    open?.article.team === true && teamLibrary.connected ? whyCannotPublish(teamLibrary.role) : null
  const openPublish = (): void => {
    if (publishBlocked) void toasts.show({ message: publishBlocked })
    else setDialog('publish')
  }
  const run = (command: MenuCommand): void =>
    routeMenuCommand(command, {
      openId: editor.current()?.article.meta.id ?? null,
      panes,
      side,
      sidebarView,
      createArticle: () => void actions.create(),
      save: () => void editor.flush(),
      duplicate: (id) => void actions.duplicate(id),
      trash: (id) => void actions.trash(id),
      setPane,
      setSide,
      setSidebarView,
      focusSearch: () => setSearchFocusRequest((n) => n + 1),
      togglePreview: () => {
        setSideYields(true)
        setPreview((p) => (p === 'off' ? 'side' : 'off'))
      },
      openDialog: (which) => (which === 'publish' ? openPublish() : setDialog(which)),
      importFiles: () => transfer.pickFiles(),
      exportLibrary: () => transfer.exportLibrary('zip'),
    })
  useAppCommands(run)

  if (shell.fatal) return <FatalScreen message={shell.fatal} />

  const items = list.items
  const openRow = open && openArticleRow(open.article, items, savedRow)
  const libraryEmpty =
    items !== null &&
    (isFiltering(list.shownFilter) ? info?.articleCount === 0 : items.length === 0)
  const newHint = withShortcut(t('library.newArticle'), 'new-article', mac)

  return (
    <ToastContext.Provider value={toasts}>
      <div className="ui-app">
        <Toolbar
          mac={mac}
          libraryVisible={panes.library}
          sideVisible={panes.meta}
          historyShown={side === 'history'}
          reviewShown={side === 'review'}
          hasArticle={open !== null}
          publishBlocked={publishBlocked}
          previewShown={preview !== 'off'}
          focused={!panes.library && !panes.meta && preview === 'off'}
          onFocus={() => {
            // Focus mode is the text alone; leaving it brings both panes back.
            const focused = !panes.library && !panes.meta && preview === 'off'
            setPane('library', focused)
            setPane('meta', focused)
            setPreview('off')
          }}
          run={run}
          onSettings={() => setDialog('settings')}
        />
        {info && (
          <LibraryBanner
            info={info}
            beforeSwitch={editor.flush}
            onSwitched={onLibraryChanged}
            onReopened={onLibraryReopened}
            onError={showError}
          />
        )}
        {info && info.quarantine.length > 0 && (
          <QuarantineBanner notices={info.quarantine} onDismiss={shell.dismissQuarantine} />
        )}
        <div className="ui-panes">
          {panes.library && ready && (
            <LibrarySidebar
              list={list}
              facets={facets.facets}
              openId={open?.article.meta.id ?? null}
              view={sidebarView}
              trashGeneration={actions.trashGeneration}
              searchRef={searchRef}
              hints={{
                newArticle: newHint,
                search: withShortcut(t('shell.search.hint'), 'find', mac),
              }}
              onView={setSidebarView}
              onNew={() => void actions.create()}
              onOpen={(id) =>
                void editor.openById(id).catch((e: unknown) => showError(messageOf(e)))
              }
              onDuplicate={(id) => void actions.duplicate(id)}
              onDelete={(id) => void actions.trash(id)}
              onRestored={actions.restore}
              onDropFiles={transfer.importFiles}
              team={teamLibrary.connected ? teamActions : undefined}
              transferMenu={
                <TransferMenu
                  transfer={transfer}
                  openArticle={
                    open ? { id: open.article.meta.id, title: open.article.meta.title } : null
                  }
                  shownIds={
                    isFiltering(list.shownFilter) ? (list.items ?? []).map((item) => item.id) : null
                  }
                  onOpenFromSite={() => setDialog('open-from-site')}
                />
              }
            />
          )}
          {open ? (
            <ArticleWorkspace
              key={`${open.article.meta.id}:${open.generation}`}
              article={open.article}
              autosave={open.autosave}
              stats={stats}
              facets={facets.facets}
              sites={sites.sites}
              preview={preview}
              onPreview={setPreview}
              flush={editor.flush}
              focusTitle={open.focusTitle}
              focusText={open.focusText}
              side={panes.meta ? side : null}
              onSide={showSide}
              onReplaced={(article) => editor.show(article)}
              onOpenPublish={openPublish}
              changedSinceApproval={openRow?.changedSinceApproval ?? false}
              onTeamReplica={setTeamReplica}
            />
          ) : (
            <>
              <main className="ui-pane ui-pane-editor" aria-label={t('screens.article')}>
                {libraryEmpty && (
                  <EmptyLibrary onNew={() => void actions.create()} hint={newHint} />
                )}
                {!libraryEmpty && items !== null && (
                  <NoArticleHint newShortcut={shortcutLabel('new-article', mac)} />
                )}
              </main>
              {panes.meta && (
                <SidePanel side="details" onSide={setSide}>
                  <p className="ui-hint ui-side-hint">
                    <Trans i18nKey="workspace.noArticle" />
                  </p>
                </SidePanel>
              )}
            </>
          )}
        </div>
        <StatusBar
          autosave={open?.autosave ?? null}
          stats={stats}
          libraryPath={info?.path ?? settings?.libraryPath ?? ''}
          team={open ? teamReplica : null}
          publication={
            open && (
              <PublicationLine
                key={open.article.meta.id}
                articleId={open.article.meta.id}
                generation={publishGeneration}
                changed={openRow?.changedSincePublish ?? false}
                onOpenDialog={openPublish}
                onError={showError}
              />
            )
          }
        />
        <ToastHost store={toasts} />
        {dialog === 'settings' && settings && (
          <SettingsDialog
            userName={settings.userName}
            libraryPath={info?.path ?? settings.libraryPath}
            onUserName={(userName) => shell.updateSettings({ userName, nameAsked: true })}
            language={settings.language}
            onLanguage={(language) => shell.updateSettings({ language })}
            beforeLibraryChange={editor.flush}
            onLibraryChanged={onLibraryChanged}
            onSitesChanged={sites.refresh}
            onTeamJoined={teamLibrary.reload}
            onClose={() => setDialog(null)}
          />
        )}
        {dialog === null && settings && !settings.userName && !settings.nameAsked && (
          <NamePrompt
            onName={(userName) => shell.updateSettings({ userName, nameAsked: true })}
            onSkip={() => shell.updateSettings({ nameAsked: true })}
          />
        )}
        {dialog === 'about' && <AboutDialog onClose={() => setDialog(null)} />}
        {dialog === 'open-from-site' && (
          <OpenFromSiteDialog
            sites={sites.sites}
            onOpened={(opened, site) => {
              setDialog(null)
              list.refresh()
              libraryChanged()
              editor.openById(opened.id).catch((e: unknown) => showError(messageOf(e)))
              const notes = opened.notes.length > 0 ? ` ${opened.notes.join(' ')}` : ''
              void toasts.show({
                message:
                  i18n.t('toasts.openedFromSite', { title: opened.title, site: site.name }) + notes,
              })
            }}
            onClose={() => setDialog(null)}
          />
        )}
        {transfer.summary && (
          <ImportSummaryDialog summary={transfer.summary} onClose={transfer.dismissSummary} />
        )}
        {dialog === 'publish' && open && (
          <PublishDialog
            articleId={open.article.meta.id}
            siteId={open.article.meta.siteId}
            flush={editor.flush}
            onFinished={() => {
              setPublishGeneration((n) => n + 1)
              void reloadAfterPublish(open.article.meta.id)
            }}
            onClose={() => {
              setDialog(null)
              setPublishGeneration((n) => n + 1)
            }}
          />
        )}
      </div>
    </ToastContext.Provider>
  )
}
