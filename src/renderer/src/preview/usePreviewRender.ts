import { useEffect, useRef, useState } from 'react'
import type { PreviewResult, ThemeError } from '@shared/ipc/channels/preview'
import { copydesk } from '../api/copydesk'
import { messageOf } from '../api/messageOf'
import type { LiveArticle } from './LiveArticle'
import { PreviewScheduler } from './PreviewScheduler'
import { renderPreviewBody, replacePreviewBody } from '@shared/render/previewBody'
import { t } from '@shared/i18n/i18n'

/** After typing stops, the whole page is rendered again (reading time, dates, word counts). */
const FULL_REFRESH_DELAY_MS = 800

/** The last whole page the theme rendered, and for what. */
interface ThemedPage {
  html: string
  siteId: string | null
  metaKey: string
}

/** What the preview shows: the last good page and, above it, what went wrong since. */
export interface PreviewRender {
  /** The last page that rendered without error; null until the first one. */
  html: string | null
  /** The theme's error for the latest state, if it has one. */
  themeError: ThemeError | null
  /** Why the latest render could not be made at all (not the theme's fault). */
  failure: string | null
}

/**
 * Renders `live` with the theme of `siteId`, following its changes at the scheduler's pace.
 * Switching site drops any answer on its way and renders again at once.
 */
export function usePreviewRender(live: LiveArticle, siteId: string | null): PreviewRender {
  const [state, setState] = useState<PreviewRender>({ html: null, themeError: null, failure: null })
  const siteRef = useRef(siteId)
  const scheduler = useRef<PreviewScheduler<PreviewResult> | null>(null)

  useEffect(() => {
    let themed: ThemedPage | null = null
    let forceFull = false
    let fullTimer: ReturnType<typeof setTimeout> | undefined
    const render = async (): Promise<PreviewResult> => {
      const siteId = siteRef.current
      const meta = live.meta()
      const doc = live.doc()
      const metaKey = JSON.stringify(meta)
      // While only the body changes, render it here and swap it into the last themed page:
      // the same shared renderer the main side uses, without a round trip per keystroke.
      if (!forceFull && themed && themed.siteId === siteId && themed.metaKey === metaKey) {
        const html = replacePreviewBody(themed.html, renderPreviewBody(meta.id, doc))
        if (html !== null) {
          clearTimeout(fullTimer)
          fullTimer = setTimeout(() => {
            forceFull = true
            paced.changed()
          }, FULL_REFRESH_DELAY_MS)
          return { html, error: null }
        }
      }
      forceFull = false
      const result = await copydesk().preview.render({ siteId, meta, doc })
      themed = result.error ? null : { html: result.html, siteId, metaKey }
      return result
    }
    const paced = new PreviewScheduler<PreviewResult>({
      defer: afterNextFrame,
      render,
      onResult: (result) =>
        setState((previous) =>
          result.error
            ? {
                html: previous.html ?? (result.html || null),
                themeError: result.error,
                failure: null,
              }
            : { html: result.html, themeError: null, failure: null },
        ),
      onError: (error) =>
        setState((previous) => ({
          ...previous,
          failure: messageOf(error, t('screens.previewPane.failed')),
        })),
    })
    scheduler.current = paced
    const unsubscribe = live.subscribe(() => paced.changed())
    paced.changed()
    return () => {
      clearTimeout(fullTimer)
      unsubscribe()
      paced.dispose()
      scheduler.current = null
    }
  }, [live])

  useEffect(() => {
    if (siteRef.current === siteId) return
    siteRef.current = siteId
    scheduler.current?.invalidate()
  }, [siteId])

  return state
}

/** Runs `run` once the frame being prepared has been painted. */
function afterNextFrame(run: () => void): void {
  if (typeof requestAnimationFrame === 'function') requestAnimationFrame(() => setTimeout(run, 0))
  else setTimeout(run, 16)
}
