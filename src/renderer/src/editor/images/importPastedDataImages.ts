import type { Editor } from '@tiptap/core'
import { errorMessage } from '../errorMessage'
import { dataUrlToFile } from './dataUrlToFile'
import type { ImportImage } from './insertImageFiles'
import { isNodeType } from '@shared/editor/isNodeType'

/** Sources being imported per editor, so a second paste does not start the same upload. */
const inFlight = new WeakMap<Editor, Set<string>>()

function dataImageSources(editor: Editor): Set<string> {
  const sources = new Set<string>()
  editor.state.doc.descendants((node) => {
    const src: unknown = node.attrs.src
    if (isNodeType(node, 'image') && typeof src === 'string' && src.startsWith('data:')) {
      sources.add(src)
    }
    return !node.isTextblock
  })
  return sources
}

/** Rewrites every image whose src is `from` to `to` (null removes it), outside undo history. */
function replaceImageSrc(editor: Editor, from: string, to: string | null): void {
  const { tr } = editor.state
  const positions: number[] = []
  tr.doc.descendants((node, pos) => {
    if (isNodeType(node, 'image') && node.attrs.src === from) positions.push(pos)
    return !node.isTextblock
  })
  for (const pos of positions.reverse()) {
    const node = tr.doc.nodeAt(pos)
    if (!node) continue
    if (to === null) tr.delete(pos, pos + node.nodeSize)
    else tr.setNodeMarkup(pos, undefined, { ...node.attrs, src: to })
  }
  if (tr.docChanged) editor.view.dispatch(tr.setMeta('addToHistory', false))
}

/**
 * Word pastes pictures as `data:` images. Stores each in the library and points the document at
 * the asset, so article.json never holds megabytes of base64. An image main refuses is removed
 * and the writer is told why.
 */
export async function importPastedDataImages(
  editor: Editor,
  importImage: ImportImage,
  onError: (message: string) => void,
): Promise<void> {
  const busy = inFlight.get(editor) ?? new Set<string>()
  inFlight.set(editor, busy)
  let index = 0
  for (const dataUrl of dataImageSources(editor)) {
    if (busy.has(dataUrl)) continue
    busy.add(dataUrl)
    index += 1
    const file = dataUrlToFile(dataUrl, `pasted-image-${index}`)
    let src: string | null = null
    try {
      if (file) src = (await importImage(file)).src
      else onError('A pasted image could not be read, so it was left out.')
    } catch (error) {
      onError(`A pasted image was left out: ${errorMessage(error)}`)
    }
    busy.delete(dataUrl)
    if (editor.isDestroyed) return
    replaceImageSrc(editor, dataUrl, src)
  }
}
