import type { Editor } from '@tiptap/core'
import { imageSourceKind } from '@shared/safety/urlPolicy'
import { errorMessage } from '../errorMessage'

/** Downloads a web image into the article; resolves to the `asset:…` src, throws with a message. */
export type DownloadImage = (url: string) => Promise<{ src: string }>

/** Addresses being downloaded per editor, so a second paste does not start the same download. */
const inFlight = new WeakMap<Editor, Set<string>>()

function webImageSources(editor: Editor): Set<string> {
  const sources = new Set<string>()
  editor.state.doc.descendants((node) => {
    const src: unknown = node.attrs.src
    if (node.type.name === 'image' && imageSourceKind(src) === 'remote') sources.add(src as string)
    return !node.isTextblock
  })
  return sources
}

/** Points every image whose src is `from` at `to`, outside undo history. */
function replaceImageSrc(editor: Editor, from: string, to: string): void {
  const { tr } = editor.state
  tr.doc.descendants((node, pos) => {
    if (node.type.name === 'image' && node.attrs.src === from) {
      tr.setNodeMarkup(pos, undefined, { ...node.attrs, src: to })
    }
    return !node.isTextblock
  })
  if (tr.docChanged) editor.view.dispatch(tr.setMeta('addToHistory', false))
}

/**
 * After a paste or drop (the person's action), has main download each web image once into the
 * article's assets and points the document at the copy, so the image never has to be requested
 * from its site again. Until then, and when a download fails, the editor shows a placeholder
 * and the writer is told why.
 */
export async function downloadPastedWebImages(
  editor: Editor,
  download: DownloadImage,
  onError: (message: string) => void,
): Promise<void> {
  const busy = inFlight.get(editor) ?? new Set<string>()
  inFlight.set(editor, busy)
  for (const url of webImageSources(editor)) {
    if (busy.has(url)) continue
    busy.add(url)
    let src: string | null = null
    try {
      src = (await download(url)).src
    } catch (error) {
      onError(errorMessage(error))
    }
    busy.delete(url)
    if (editor.isDestroyed) return
    if (src !== null) replaceImageSrc(editor, url, src)
  }
}
