import { useEffect, useRef } from 'react'
import type { Article } from '@shared/article/Article'
import { copydesk } from '../api/copydesk'
import type { OpenArticle } from './useOpenArticle'
import { t } from '@shared/i18n/i18n'

/** How often the open article's file is checked for changes made by other programs. */
export const DISK_CHECK_INTERVAL_MS = 2000

/** What {@link useDiskChanges} needs from the editor and the window. */
export interface DiskChangesOptions {
  current(): OpenArticle | null
  show(article: Article): void
  notify(message: string): void
}

/**
 * Follows changes other programs (a sync tool, another computer) make to the open article: with
 * nothing unsaved here the editor shows the new version; otherwise the next save keeps both
 * (main keeps the other one as a revision and says so). Conflicted copies a sync tool left
 * beside the article are taken in as revisions and announced.
 */
export function useDiskChanges(options: DiskChangesOptions): void {
  const optionsRef = useRef(options)
  useEffect(() => {
    optionsRef.current = options
  })

  useEffect(() => {
    let checking = false
    const check = async (): Promise<void> => {
      const { current, show, notify } = optionsRef.current
      const open = current()
      // A team article's copy on disk follows its Y.Doc, which the editor already shows live.
      if (!open || open.article.team || checking) return
      checking = true
      try {
        const id = open.article.meta.id
        const result = await copydesk().articles.checkDisk({ id })
        for (const notice of result.notices) notify(notice)
        if (!result.changedOnDisk || open.autosave.hasUnsavedChanges()) return
        const article = await copydesk().articles.get({ id })
        // Typing during the reload wins: the next save keeps both versions instead.
        if (current() !== open || open.autosave.hasUnsavedChanges()) return
        show(article)
        const title = article.meta.title.trim() || t('common.untitled')
        notify(`“${title}” was changed by another program; this is its new version.`)
      } catch {
        // A missing or unreadable article is reported by the next save or open.
      } finally {
        checking = false
      }
    }
    const timer = setInterval(() => void check(), DISK_CHECK_INTERVAL_MS)
    return () => clearInterval(timer)
  }, [])
}
