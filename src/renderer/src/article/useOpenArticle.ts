import { useCallback, useEffect, useMemo, useRef, useState } from 'react'
import type { Article } from '@shared/article/Article'
import type { SaveResult } from '@shared/ipc/contract'
import { copydesk } from '../api/copydesk'
import { AutosaveController, type SaveRequest } from '../autosave/AutosaveController'

/** The article in the editor, with the autosave that belongs to it. */
export interface OpenArticle {
  article: Article
  autosave: AutosaveController
  /** Grows each time an article is (re)loaded; keys the workspace so it starts fresh. */
  generation: number
  focusTitle: boolean
  /** The text had keyboard focus before a reload replaced it: give it back. */
  focusText: boolean
}

/** Callbacks of {@link useOpenArticle}. */
export interface OpenArticleOptions {
  onSaved(result: SaveResult, request: SaveRequest): void
  /** An article left behind could not be saved yet (its autosave keeps retrying). */
  onLeftUnsaved(title: string): void
  onOpened(id: string | null): void
}

/** What {@link useOpenArticle} returns. */
export interface OpenArticleApi {
  open: OpenArticle | null
  /** The open article right now, also inside callbacks created before the last render. */
  current(): OpenArticle | null
  /** Loads and shows an article; later calls win over slower earlier ones. */
  openById(id: string): Promise<void>
  /** Shows an article already loaded (new, duplicated, restored). */
  show(article: Article, options?: { focusTitle?: boolean; focusText?: boolean }): void
  close(): void
  /** Saves the open article now; true when nothing is left unsaved. */
  flush(): Promise<boolean>
  /**
   * Shows the stored copy of article `id` again after the main side changed it (a publish),
   * once pending edits are saved; nothing happens when another article is open by then.
   */
  reload(id: string): Promise<void>
}

/**
 * Which article is open, and its autosave. Switching away closes the old autosave, which
 * reads its last document at once and finishes saving in the background.
 */
export function useOpenArticle(options: OpenArticleOptions): OpenArticleApi {
  const [open, setOpen] = useState<OpenArticle | null>(null)
  const openRef = useRef<OpenArticle | null>(null)
  const generation = useRef(0)
  const request = useRef(0)
  const optionsRef = useRef(options)
  useEffect(() => {
    optionsRef.current = options
  })

  const replace = useCallback((next: OpenArticle | null) => {
    const previous = openRef.current
    openRef.current = next
    setOpen(next)
    if (previous) {
      const title = previous.article.meta.title
      void previous.autosave.close().then((saved) => {
        if (!saved) optionsRef.current.onLeftUnsaved(title)
      })
    }
    if (previous?.article.meta.id !== next?.article.meta.id) {
      optionsRef.current.onOpened(next?.article.meta.id ?? null)
    }
  }, [])

  const show = useCallback(
    (article: Article, showOptions?: { focusTitle?: boolean; focusText?: boolean }) => {
      request.current += 1
      const id = article.meta.id
      const autosave = new AutosaveController({
        save: (input) => copydesk().articles.save({ id, ...input }),
      })
      autosave.onSaved((result, sent) => optionsRef.current.onSaved(result, sent))
      generation.current += 1
      replace({
        article,
        autosave,
        generation: generation.current,
        focusTitle: showOptions?.focusTitle ?? false,
        focusText: showOptions?.focusText ?? false,
      })
    },
    [replace],
  )

  const openById = useCallback(
    async (id: string) => {
      if (openRef.current?.article.meta.id === id) return
      const ticket = ++request.current
      const article = await copydesk().articles.get({ id })
      if (ticket === request.current) show(article)
    },
    [show],
  )

  const close = useCallback(() => {
    request.current += 1
    replace(null)
  }, [replace])

  const flush = useCallback(() => openRef.current?.autosave.flush() ?? Promise.resolve(true), [])
  const current = useCallback(() => openRef.current, [])
  const reload = useCallback(
    async (id: string) => {
      if (!(await flush()) || openRef.current?.article.meta.id !== id) return
      const article = await copydesk().articles.get({ id })
      if (openRef.current?.article.meta.id !== id) return
      // Focus inside the workspace is lost when it is replaced: the text takes it instead.
      const focused = document.activeElement
      const focusText =
        focused === document.body || focused?.closest('.ui-pane-editor, .ui-pane-side') != null
      show(article, { focusText })
    },
    [flush, show],
  )

  return useMemo(
    () => ({ open, current, openById, show, close, flush, reload }),
    [open, current, openById, show, close, flush, reload],
  )
}
