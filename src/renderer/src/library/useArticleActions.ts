import { useCallback, useRef, useState } from 'react'
import type { Article, ArticleSummary } from '@shared/article/Article'
import { t } from '@shared/i18n/i18n'
import { copydesk } from '../api/copydesk'
import { messageOf } from '../api/messageOf'
import type { OpenArticleApi } from '../article/useOpenArticle'
import type { ToastStore } from '../ui/ToastStore'
import { summaryOf } from './summaryOf'
import type { ArticleList } from './useArticleList'

/** What the article actions work on. */
/** The article actions of the library and the menu. */
export interface ArticleActionsDeps {
  editor: OpenArticleApi
  list: ArticleList
  toasts: ToastStore
  /** Counts, facets and the like may have changed. */
  libraryChanged(): void
}

export interface ArticleActions {
  create(): Promise<void>
  duplicate(id: string): Promise<void>
  /** Moves to trash with an Undo toast. */
  trash(id: string): Promise<void>
  restore(summary: ArticleSummary): void
  /** Changes whenever the trash may have changed. */
  trashGeneration: number
}

/** New, duplicate, move to trash and restore, each keeping list, editor and trash in step. */
export function useArticleActions(deps: ArticleActionsDeps): ArticleActions {
  const { editor, list, toasts, libraryChanged } = deps
  const [trashGeneration, setTrashGeneration] = useState(0)

  const added = useCallback(
    (article: Article) => {
      list.upsert(summaryOf(article))
      list.refresh()
      libraryChanged()
    },
    [list, libraryChanged],
  )

  const create = useCallback(async () => {
    try {
      const article = await copydesk().articles.create({})
      added(article)
      editor.show(article, { focusTitle: true })
    } catch (error) {
      toasts.error(messageOf(error, t('libraryPane.notCreated')))
    }
  }, [added, editor, toasts])

  const duplicate = useCallback(
    async (id: string) => {
      // The copy should carry what is on screen, not what was last saved.
      if (editor.current()?.article.meta.id === id) await editor.flush()
      try {
        const article = await copydesk().articles.duplicate({ id })
        added(article)
        editor.show(article, { focusTitle: true })
      } catch (error) {
        toasts.error(messageOf(error, t('libraryPane.notDuplicated')))
      }
    },
    [added, editor, toasts],
  )

  /** The "Moved to trash · Undo" toast of each article, taken away once it is back. */
  const undoToasts = useRef(new Map<string, number>())
  const forgetUndo = useCallback(
    (id: string) => {
      const toast = undoToasts.current.get(id)
      if (toast !== undefined) toasts.dismiss(toast)
      undoToasts.current.delete(id)
    },
    [toasts],
  )

  const restoreById = useCallback(
    async (id: string, reopen: boolean) => {
      try {
        const summary = await copydesk().trash.restore({ id })
        forgetUndo(id)
        list.upsert(summary)
        list.refresh()
        libraryChanged()
        setTrashGeneration((n) => n + 1)
        if (reopen) await editor.openById(id)
      } catch (error) {
        toasts.error(messageOf(error, t('trash.notRestored')))
      }
    },
    [editor, list, libraryChanged, toasts, forgetUndo],
  )

  const trash = useCallback(
    async (id: string) => {
      const wasOpen = editor.current()?.article.meta.id === id
      if (wasOpen && !(await editor.flush())) {
        toasts.error(t('trash.notSavedStays'))
        return
      }
      try {
        await copydesk().articles.delete({ id })
      } catch (error) {
        toasts.error(messageOf(error, t('trash.notMoved')))
        return
      }
      if (wasOpen) editor.close()
      list.remove(id)
      list.refresh()
      libraryChanged()
      setTrashGeneration((n) => n + 1)
      forgetUndo(id)
      const toast = toasts.show({
        message: t('trash.moved'),
        timeoutMs: 8000,
        actions: [{ label: t('trash.undo'), run: () => void restoreById(id, wasOpen) }],
      })
      undoToasts.current.set(id, toast)
    },
    [editor, list, libraryChanged, toasts, restoreById, forgetUndo],
  )

  const restore = useCallback(
    (summary: ArticleSummary) => {
      forgetUndo(summary.id)
      list.upsert(summary)
      list.refresh()
      libraryChanged()
      toasts.show({
        message: t('trash.restored', { title: summary.title.trim() || t('common.untitled') }),
        actions: [{ label: t('trash.open'), run: () => void editor.openById(summary.id) }],
      })
    },
    [list, libraryChanged, forgetUndo, toasts, editor],
  )

  return { create, duplicate, trash, restore, trashGeneration }
}
