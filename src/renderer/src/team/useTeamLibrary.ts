import { useCallback, useEffect, useMemo } from 'react'
import { t } from '@shared/i18n/i18n'
import type { Article } from '@shared/article/Article'
import { useBridgeQuery } from '../api/useBridgeQuery'
import { copydesk } from '../api/copydesk'
import { messageOf } from '../api/messageOf'
import type { OpenArticleApi } from '../article/useOpenArticle'
import type { ArticleList } from '../library/useArticleList'
import type { ToastStore } from '../ui/ToastStore'

/** How often the team's article list is checked for articles this computer lacks. */
const FETCH_INTERVAL_MS = 15_000

/** What the library needs to show Team beside On this computer. */
export interface TeamLibrary {
  /** This library belongs to a team. */
  connected: boolean
  /** The member's role in the team, as the server named it; null when not in a team. */
  role: string | null
  moveIn(id: string): Promise<void>
  copyOut(id: string): Promise<void>
  /** Asks again whether this library belongs to a team (after joining one). */
  reload(): void
}

/**
 * The team side of the library: while connected, brings the team's new articles onto this
 * computer (and sends those moved in offline), and moves articles in and copies them out.
 */
export function useTeamLibrary(
  list: ArticleList,
  editor: OpenArticleApi,
  toasts: ToastStore,
): TeamLibrary {
  const view = useBridgeQuery([], (api) => api.team.view())
  const connected = view.data?.connected ?? false
  const role = view.data?.role ?? null
  const { refresh } = list
  const reload = view.reload

  useEffect(() => {
    if (!connected) return
    let running = false
    const fetchArticles = async () => {
      if (running) return
      running = true
      try {
        const { fetched } = await copydesk().team.fetchArticles()
        if (fetched > 0) refresh()
      } catch {
        // Offline or refused: the next round tries again; the status bar says why.
      } finally {
        running = false
      }
    }
    void fetchArticles()
    const timer = setInterval(() => void fetchArticles(), FETCH_INTERVAL_MS)
    return () => clearInterval(timer)
  }, [connected, refresh])

  const showMoved = useCallback(
    (article: Article) => {
      refresh()
      editor.show(article)
    },
    [editor, refresh],
  )

  const moveIn = useCallback(
    async (id: string) => {
      // The team gets what is on screen, not what was last saved.
      if (editor.current()?.article.meta.id === id && !(await editor.flush())) {
        toasts.error(t('team.moveUnsaved'))
        return
      }
      try {
        showMoved(await copydesk().team.moveIn({ id }))
        toasts.show({ message: t('team.moved') })
      } catch (error) {
        toasts.error(messageOf(error, t('team.moveFailed')))
      }
    },
    [editor, showMoved, toasts],
  )

  const copyOut = useCallback(
    async (id: string) => {
      try {
        showMoved(await copydesk().team.copyOut({ id }))
        toasts.show({ message: t('team.copied') })
      } catch (error) {
        toasts.error(messageOf(error, t('team.copyFailed')))
      }
    },
    [showMoved, toasts],
  )

  return useMemo(
    () => ({ connected, role, moveIn, copyOut, reload }),
    [connected, role, moveIn, copyOut, reload],
  )
}
