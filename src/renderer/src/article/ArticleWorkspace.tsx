import type { Editor as TiptapEditor } from '@tiptap/core'
import { memo, useCallback, useEffect, useMemo, useState, type JSX } from 'react'
import type { Article, ArticleMeta, ArticleMetaPatch, DocNode } from '@shared/article/Article'
import type { Facets, Revision, RevisionInfo } from '@shared/ipc/contract'
import { removedUrlsMessage } from '@shared/safety/RemovedUrls'
import type { SiteProfile } from '@shared/sites/SiteProfile'
import { useBridgeAction } from '../api/useBridgeAction'
import { downloadWebImage } from '../api/downloadWebImage'
import { importImageFile } from '../api/importImageFile'
import type { AutosaveController } from '../autosave/AutosaveController'
import { ArticleEditor } from '../editor/ArticleEditor'
import { MetadataPanel } from '../meta/MetadataPanel'
import { LiveArticle } from '../preview/LiveArticle'
import { PreviewPane } from '../preview/PreviewPane'
import { PublishedChangesNotice } from '../publish/PublishedChangesNotice'
import { replaceDocUndoably } from '../revisions/replaceDocUndoably'
import { ApprovalChangesNotice } from '../review/ApprovalChangesNotice'
import { RestoreConfirm } from '../revisions/RestoreConfirm'
import { RevisionView } from '../revisions/RevisionView'
import { RevisionsPanel } from '../revisions/RevisionsPanel'
import { CommentHighlights } from '../review/CommentHighlights'
import { ReviewPanel } from '../review/ReviewPanel'
import { useComments } from '../review/useComments'
import { formatShortcut } from '../editor/toolbar/formatShortcut'
import { t } from '@shared/i18n/i18n'
import type { ValueStore } from '../store/ValueStore'
import { TeamArticleBar } from '../team/TeamArticleBar'
import type { TeamDocReplica } from '../team/TeamDocReplica'
import { useTeamComments } from '../team/useTeamComments'
import { useTeamDetails } from '../team/useTeamDetails'
import { useTeamReplica } from '../team/useTeamReplica'
import { useToasts } from '../ui/ToastContext'
import type { EditorStats } from './EditorStats'
import type { PreviewMode } from './PreviewMode'
import { SidePanel, type SideView } from './SidePanel'
import { TitleInput } from './TitleInput'

// The editor re-renders only when its own props change, never on shell updates.
const Editor = memo(ArticleEditor)

/** Props of {@link ArticleWorkspace}. */
export interface ArticleWorkspaceProps {
  article: Article
  autosave: AutosaveController
  stats: ValueStore<EditorStats | null>
  facets: Facets
  sites: readonly SiteProfile[]
  preview: PreviewMode
  onPreview(mode: PreviewMode): void
  /** Saves the open article now; false when something is left unsaved. */
  flush(): Promise<boolean>
  focusTitle: boolean
  /** Put the caret back in the text once the editor is ready (after a reload). */
  focusText?: boolean
  /** Right pane: shown or not, and which panel. */
  side: SideView | null
  /** Shows a panel on the right (also when the pane was hidden). */
  onSide(side: SideView): void
  /** The library replaced the article (a restored version); open this one instead. */
  onReplaced(article: Article): void
  /** Opens the publish dialog (the "Update" of a changed publication). */
  onOpenPublish(): void
  /** Approved, then edited: the details and review panels say so, with the diff. */
  changedSinceApproval: boolean
  /** The team article's replica once open (null again when it closes), for the status bar. */
  onTeamReplica?(replica: TeamDocReplica | null): void
}

/**
 * One open article: title and body in the centre, details or history on the right, all
 * edits handed to the article's autosave. Keyed by article, so it starts fresh for each.
 */
export function ArticleWorkspace(props: ArticleWorkspaceProps): JSX.Element {
  const { article, autosave, stats, side, onReplaced } = props
  const id = article.meta.id
  const toasts = useToasts()
  const [meta, setMeta] = useState(article.meta)
  const [revision, setRevision] = useState<Revision | null>(null)
  const [savedCount, setSavedCount] = useState(0)
  const [live] = useState(() => new LiveArticle(article.meta, article.doc))
  const { preview, onPreview } = props
  const team = useTeamReplica(id, article.team === true)
  const replica = team.replica
  const { onTeamReplica } = props
  useEffect(() => {
    onTeamReplica?.(replica)
    return () => onTeamReplica?.(null)
  }, [onTeamReplica, replica])
  const collaboration = useMemo(
    () =>
      replica
        ? {
            doc: replica.doc,
            awareness: replica.awareness,
            user: { name: t('workspace.me'), color: '#2456c9' },
          }
        : undefined,
    [replica],
  )
  // A reviewer comments and reviews; the server refuses their changes to the text and details.
  const reviewing = replica?.role === 'reviewer'

  useEffect(() => live.setMeta(meta), [live, meta])
  const [history, setHistory] = useState(article.history)
  const [publications, setPublications] = useState(article.publications)
  // Another member's details, review or publish show at once; what is typed here and not yet
  // saved stays as typed.
  useTeamDetails(replica, (details) => {
    const pending = autosave.pendingMetaPatch()
    setMeta((current) => {
      let next = current
      for (const [key, value] of Object.entries(details.meta) as [keyof ArticleMeta, unknown][]) {
        if (key in pending || key === 'updatedAt' || key === 'createdAt') continue
        if (JSON.stringify(current[key]) !== JSON.stringify(value)) next = { ...next, [key]: value }
      }
      return next
    })
    setHistory(details.history)
    setPublications(details.publications)
  })
  const [editor, setEditor] = useState<TiptapEditor | null>(null)
  const { focusText = false } = props
  useEffect(() => {
    if (editor && focusText) editor.commands.focus()
  }, [editor, focusText])
  // Told once, as the article opens: what loading took out of the stored file.
  const [removedNotice] = useState(() => removedUrlsMessage(article.removedUrls))
  useEffect(() => {
    if (removedNotice === null) return
    const toast = toasts.notice(removedNotice)
    return () => toasts.dismiss(toast)
  }, [removedNotice, toasts])
  const { onSide } = props
  const commentsGeneration = useTeamComments(replica)
  const comments = useComments({
    articleId: id,
    initial: article.comments ?? [],
    editor,
    onError: (message) => toasts.error(message),
    onNotice: (message) => toasts.notice(message),
    onStart: () => onSide('review'),
    generation: commentsGeneration,
  })

  useEffect(
    () =>
      autosave.onSaved((result) => {
        // Only what the library derives is taken back; typed fields stay as typed.
        const slug = autosave.pendingMetaPatch().slug ?? result.meta.slug
        setMeta((m) => (m.slug === slug ? m : { ...m, slug }))
        setSavedCount((n) => n + 1)
        setHistory(result.history)
      }),
    [autosave],
  )

  const changeMeta = useCallback(
    (patch: ArticleMetaPatch, options?: { now?: boolean }) => {
      setMeta((m) => ({ ...m, ...patch }))
      autosave.changeMeta(patch)
      if (options?.now) void autosave.flush()
    },
    [autosave],
  )
  const onDocChange = useCallback(
    (getDoc: () => DocNode) => {
      // A team article's body is saved through its Y.Doc, including the others' changes.
      if (!article.team) autosave.changeDoc(getDoc)
      live.docChanged(getDoc)
    },
    [autosave, live, article.team],
  )
  const onPreviewFull = useCallback(
    (full: boolean) => onPreview(full ? 'full' : 'side'),
    [onPreview],
  )
  const flush = useCallback(() => void autosave.flush(), [autosave])
  const onStats = useCallback((s: EditorStats) => stats.set(s), [stats])
  const importImage = useCallback((file: File) => importImageFile(id, file), [id])
  const downloadImage = useCallback((url: string) => downloadWebImage(id, url), [id])
  const keepsWebImages = props.sites.some((s) => s.id === meta.siteId && s.keepRemoteImages)
  const onError = useCallback((message: string) => toasts.error(message), [toasts])
  const onNotice = useCallback(
    (message: string, action: { label: string; run(): void }) =>
      toasts.show({ message, tone: 'error', actions: [action], timeoutMs: 15_000 }),
    [toasts],
  )

  const reading = useBridgeAction((api, revId: string) => api.revisions.get({ id, revId }))
  const restoring = useBridgeAction((api, revId: string) => api.revisions.restore({ id, revId }))

  const viewRevision = async (info: RevisionInfo): Promise<void> => {
    const outcome = await reading.run(info.revId)
    if (outcome.ok) setRevision(outcome.value)
    else toasts.error(outcome.error)
  }

  const [confirmingRestore, setConfirmingRestore] = useState(false)

  const restoreRevision = async (): Promise<void> => {
    if (!revision) return
    if (!(await autosave.flush())) {
      toasts.error(t('history.notSaved'))
      return
    }
    const outcome = await restoring.run(revision.info.revId)
    if (!outcome.ok) {
      toasts.error(outcome.error)
      return
    }
    const { article: restored, notice } = outcome.value
    setRevision(null)
    if (editor && !editor.isDestroyed) {
      // In the open editor, as one step Ctrl/Cmd+Z takes back; the save that follows is the same text.
      replaceDocUndoably(editor, restored.doc)
      setMeta(restored.meta)
      requestAnimationFrame(() => editor.commands.focus('start'))
    } else {
      onReplaced(restored)
    }
    toasts.show({
      message: t('history.restored', { shortcut: formatShortcut('Mod-z') }),
    })
    if (notice) toasts.notice(notice)
  }

  // The same notice heads Review and Details: both are where the person decides what goes out.
  const approvalNotice = props.changedSinceApproval && (
    <ApprovalChangesNotice
      articleId={id}
      meta={meta}
      history={history}
      editor={editor}
      onReview={() => changeMeta({ status: 'in_review' }, { now: true })}
    />
  )
  return (
    <>
      <main className="ui-pane ui-pane-editor" aria-label={t('screens.article')}>
        {revision && (
          <RevisionView
            articleId={id}
            revision={revision}
            onRestore={async () => {
              // Asks first, with what would change; without an editor there is nothing to compare.
              if (editor) setConfirmingRestore(true)
              else await restoreRevision()
            }}
            onBack={() => setRevision(null)}
          />
        )}
        {revision && editor && confirmingRestore && (
          <RestoreConfirm
            revision={revision}
            editor={editor}
            onConfirm={() => {
              setConfirmingRestore(false)
              void restoreRevision()
            }}
            onCancel={() => setConfirmingRestore(false)}
          />
        )}
        {/* Hidden, not unmounted, while a version is shown: edits and undo history survive. */}
        <div className="ui-editor-scroll" hidden={revision !== null}>
          {replica && <TeamArticleBar replica={replica} />}
          {team.error && (
            <p className="ui-team-bar ui-team-bar__notice" role="alert">
              {team.error}
            </p>
          )}
          <div className="ui-article-header">
            <TitleInput
              value={meta.title}
              autoFocus={props.focusTitle}
              readOnly={reviewing}
              onChange={(title) => changeMeta({ title })}
              onBlur={flush}
            />
          </div>
          {(article.team !== true || collaboration) && (
            <Editor
              key={collaboration ? 'team' : 'local'}
              collaboration={collaboration}
              commentOnly={reviewing}
              articleId={id}
              initialDoc={article.doc}
              onChange={onDocChange}
              onStats={onStats}
              importImage={importImage}
              downloadImage={keepsWebImages ? undefined : downloadImage}
              onError={onError}
              onNotice={onNotice}
              onBlur={flush}
              onComment={comments.start}
              onEditor={setEditor}
            />
          )}
          <CommentHighlights
            comments={comments.comments}
            activeId={comments.activeId}
            draftId={comments.draft?.id ?? null}
          />
        </div>
      </main>
      {preview !== 'off' && (
        <PreviewPane
          live={live}
          articleId={id}
          articleSiteId={meta.siteId}
          sites={props.sites}
          full={preview === 'full'}
          onFull={onPreviewFull}
          onClose={() => onPreview('off')}
          flush={props.flush}
        />
      )}
      {side && (
        <SidePanel side={side} onSide={onSide}>
          {side === 'review' && (
            <>
              {approvalNotice}
              <ReviewPanel
                status={meta.status}
                history={history}
                comments={comments}
                commentShortcut={formatShortcut('Mod-Alt-m')}
                onStatus={(status) => changeMeta({ status }, { now: true })}
              />
            </>
          )}
          {side === 'history' && (
            <RevisionsPanel
              articleId={id}
              generation={savedCount}
              viewingRevId={revision?.info.revId ?? null}
              onView={(info) => void viewRevision(info)}
            />
          )}
          {side === 'details' && (
            <>
              {approvalNotice}
              <PublishedChangesNotice
                articleId={id}
                generation={savedCount}
                onUpdate={props.onOpenPublish}
              />
              {/* A reviewer sees the details but cannot change them (the bar above says why). */}
              <fieldset className="ui-plain-fieldset" disabled={reviewing}>
                <MetadataPanel
                  meta={meta}
                  publications={publications}
                  facets={props.facets}
                  sites={props.sites}
                  onChange={changeMeta}
                />
              </fieldset>
            </>
          )}
        </SidePanel>
      )}
    </>
  )
}
