import { useCallback, useEffect, useMemo, useRef, useState } from 'react'
import type { ImportSummary } from '@shared/transfer/ImportedArticle'
import { copydesk } from '../api/copydesk'
import { messageOf } from '../api/messageOf'
import { importFiles } from './importFiles'
import { formatNumber } from '@shared/format/localeFormat'
import { t } from '@shared/i18n/i18n'
import { pickImportFiles } from './pickImportFiles'

/** What the transfer controls need from the window. */
export interface TransferOptions {
  /** After an import added articles: refresh the list and open the first one. */
  onImported(ids: string[]): void
  onMessage(message: string): void
  /** A file was exported to `path`: say so, with ways to open it. */
  onExported(message: string, path: string): void
  onError(message: string): void
  /** Saves pending edits first, so an export carries what the writer sees. */
  flush(): Promise<unknown>
}

/** Import and export state and actions for the library pane and the app menu. */
export interface Transfer {
  busy: boolean
  /** What a long import is doing now, for a status line; null when idle. */
  progress: string | null
  summary: ImportSummary | null
  dismissSummary(): void
  pickFiles(): void
  importFiles(files: File[]): void
  exportLibrary(format: 'folder' | 'zip', ids?: string[]): void
  exportArticle(id: string, format: 'markdown' | 'html' | 'docx'): void
}

/** Imports files into the library and exports articles, one operation at a time. */
export function useTransfer(options: TransferOptions): Transfer {
  const [busy, setBusy] = useState(false)
  const [summary, setSummary] = useState<ImportSummary | null>(null)
  const [progress, setProgress] = useState<string | null>(null)
  const optionsRef = useRef(options)
  useEffect(() => {
    optionsRef.current = options
  })
  const running = useRef(false)

  const exclusive = useCallback(async (task: () => Promise<void>) => {
    if (running.current) return
    running.current = true
    setBusy(true)
    try {
      await task()
    } catch (error) {
      optionsRef.current.onError(messageOf(error))
    } finally {
      running.current = false
      setBusy(false)
      setProgress(null)
    }
  }, [])

  const runImport = useCallback(
    (files: File[]) =>
      void exclusive(async () => {
        if (files.length === 0) return
        const result = await importFiles(files, setProgress)
        if (result.imported.length > 0) {
          optionsRef.current.onImported(result.imported.map((entry) => entry.id))
        }
        if (result.skipped.length > 0 || result.notes.length > 0) setSummary(result)
        else
          optionsRef.current.onMessage(
            t('toasts.imported', {
              count: result.imported.length,
              formatted: formatNumber(result.imported.length),
            }),
          )
      }),
    [exclusive],
  )

  return useMemo(
    () => ({
      busy,
      progress,
      summary,
      dismissSummary: () => setSummary(null),
      pickFiles: () => pickImportFiles(runImport),
      importFiles: runImport,
      exportLibrary: (format, ids) =>
        void exclusive(async () => {
          await optionsRef.current.flush()
          const result = await copydesk().transfer.exportLibrary({ format, ids })
          if (result) {
            optionsRef.current.onExported(
              t('toasts.exportedMany', {
                count: result.articles,
                formatted: formatNumber(result.articles),
                path: result.path,
              }),
              result.path,
            )
          }
        }),
      exportArticle: (id, format) =>
        void exclusive(async () => {
          await optionsRef.current.flush()
          const result = await copydesk().transfer.exportArticle({ id, format })
          if (result)
            optionsRef.current.onExported(t('toasts.exported', { path: result.path }), result.path)
        }),
    }),
    [busy, progress, summary, exclusive, runImport],
  )
}
