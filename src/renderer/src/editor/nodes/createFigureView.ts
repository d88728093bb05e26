import type { Editor } from '@tiptap/core'
import type { Node as ProseMirrorNode } from '@tiptap/pm/model'
import type { NodeView } from '@tiptap/pm/view'
import { imageSourceKind } from '@shared/safety/urlPolicy'
import type { WebImageDownloads } from '../images/WebImageDownloads'
import { t } from '@shared/i18n/i18n'

/**
 * The editing view of an image: `<figure><img><figcaption>`, with the image loaded from
 * `resolveSrc(src)` (an `asset:` src becomes the `/media/…` URL) while the document keeps the
 * stored src. Only library assets and raster data images load: a remote image shows a
 * placeholder with a Download button until it is downloaded into the article (opening a draft
 * must not tell a tracking pixel that it was opened), and any other src is never loaded.
 * Plain DOM rather than a React node view: images re-render only when their
 * attributes change, and never on keystrokes elsewhere.
 */
export function createFigureView(
  initial: ProseMirrorNode,
  resolveSrc: (src: string) => string,
  downloads: { editor: Editor; webImages: WebImageDownloads } | null = null,
): NodeView {
  const dom = document.createElement('figure')
  dom.className = 'ui-figure'
  const img = document.createElement('img')
  img.draggable = false
  const download = document.createElement('button')
  download.type = 'button'
  download.className = 'ui-button ui-button-small ui-figure__download'
  const caption = document.createElement('figcaption')
  caption.className = 'ui-figure__caption'
  dom.append(img, caption)
  // In the figure only while offered: the editor's content holds no control it does not show.
  const showDownload = (shown: boolean) => {
    if (shown && !download.isConnected) dom.insertBefore(download, caption)
    else if (!shown) download.remove()
  }

  let current: ProseMirrorNode | null = null
  const remoteSrc = (): string | null => {
    const src: unknown = current?.attrs.src
    return imageSourceKind(src) === 'remote' ? (src as string) : null
  }
  const renderDownload = () => {
    const src = remoteSrc()
    const offered = downloads !== null && src !== null && downloads.webImages.available()
    showDownload(offered && downloads.editor.isEditable)
    if (!offered) return
    const busy = downloads.webImages.busy.get().has(src)
    download.disabled = busy
    download.textContent = busy
      ? t('screens.editorNotes.downloading')
      : t('screens.editorNotes.download')
    // The name starts with what the button shows, and says which site the image comes from.
    const name = busy
      ? t('screens.editorNotes.downloadingImage')
      : t('screens.editorNotes.downloadFrom', { host: hostOf(src) })
    download.setAttribute('aria-label', name)
  }
  download.addEventListener('click', () => {
    const src = remoteSrc()
    if (downloads && src !== null) void downloads.webImages.downloadOne(downloads.editor, src)
  })
  const unsubscribe = downloads?.webImages.busy.subscribe(renderDownload)

  const render = (node: ProseMirrorNode) => {
    const src = typeof node.attrs.src === 'string' ? node.attrs.src : ''
    // A src the editor would not accept from a paste (script URLs, SVG data) is never loaded:
    // documents can arrive from imports and older files, not only through the editor.
    const kind = imageSourceKind(src)
    const resolved = kind === 'asset' || kind === 'data' ? resolveSrc(src) : null
    if (resolved === null) img.removeAttribute('src')
    else if (img.getAttribute('src') !== resolved) img.setAttribute('src', resolved)
    dom.classList.toggle('ui-figure--blocked', kind === null)
    dom.classList.toggle('ui-figure--remote', kind === 'remote')
    if (kind === 'remote') dom.dataset.remoteHost = hostOf(src)
    else delete dom.dataset.remoteHost
    img.alt = typeof node.attrs.alt === 'string' ? node.attrs.alt : ''
    const title = typeof node.attrs.title === 'string' ? node.attrs.title : ''
    if (title) img.title = title
    else img.removeAttribute('title')
    const text = typeof node.attrs.caption === 'string' ? node.attrs.caption : ''
    caption.textContent = text
    caption.hidden = text === ''
    dom.classList.toggle('ui-figure--no-alt', img.alt === '')
    current = node
    renderDownload()
  }
  render(initial)

  return {
    dom,
    update(node) {
      if (node.type !== initial.type) return false
      if (node !== current) render(node)
      return true
    },
    // The Download button is the person's, not the editor's: no node selection, no drag.
    stopEvent: (event) => event.target instanceof Node && download.contains(event.target),
    destroy: () => unsubscribe?.(),
  }
}

/** The host a remote image would come from, shown on its placeholder. */
function hostOf(src: string): string {
  try {
    return new URL(src).host
  } catch {
    return ''
  }
}
