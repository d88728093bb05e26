import type { Editor } from '@tiptap/core'
import { useEffect, useState, useSyncExternalStore, type JSX } from 'react'
import { useTranslation } from 'react-i18next'
import { formatNumber } from '@shared/format/localeFormat'
import { webImageSources, type WebImageDownloads } from './WebImageDownloads'

/** How long the count waits after an edit before it looks through the document again. */
const RECOUNT_DELAY_MS = 250

/** How many web images the document names, kept up to date in idle moments after edits. */
function useWebImageCount(editor: Editor): number {
  const [count, setCount] = useState(() => webImageSources(editor.state.doc).size)
  useEffect(() => {
    let timer: ReturnType<typeof setTimeout> | undefined
    const recount = () => {
      clearTimeout(timer)
      timer = setTimeout(() => setCount(webImageSources(editor.state.doc).size), RECOUNT_DELAY_MS)
    }
    editor.on('update', recount)
    return () => {
      clearTimeout(timer)
      editor.off('update', recount)
    }
  }, [editor])
  return count
}

/** Props of {@link WebImagesNotice}. */
export interface WebImagesNoticeProps {
  editor: Editor
  webImages: WebImageDownloads
}

/**
 * Above the text while the document names images that are still on other sites (an older
 * article, an import, a document from someone else): they show as placeholders and nothing is
 * requested until the person downloads them, here all at once or one by one on each image.
 */
export function WebImagesNotice({ editor, webImages }: WebImagesNoticeProps): JSX.Element | null {
  const { t } = useTranslation()
  const count = useWebImageCount(editor)
  const busy = useSyncExternalStore(webImages.busy.subscribe, webImages.busy.get)
  if (count === 0) return null
  return (
    <div className="ui-editor__web-images" data-testid="web-images-notice">
      <p>{t('editor.webImages.notice', { count, formatted: formatNumber(count) })}</p>
      <button
        type="button"
        className="ui-button ui-button-small"
        data-testid="download-web-images"
        disabled={busy.size > 0}
        onClick={() => void webImages.downloadAll(editor)}
      >
        {busy.size > 0
          ? t('editor.webImages.downloading')
          : t('editor.webImages.download', { count })}
      </button>
    </div>
  )
}
