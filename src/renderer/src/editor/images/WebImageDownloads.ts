import type { Editor } from '@tiptap/core'
import type { Node as ProseMirrorNode } from '@tiptap/pm/model'
import { imageSourceKind } from '@shared/safety/urlPolicy'
import { ValueStore } from '../../store/ValueStore'
import { errorMessage } from '../errorMessage'

/** Downloads a web image into the article; resolves to the `asset:…` src, throws with a message. */
export type DownloadImage = (url: string) => Promise<{ src: string }>

/** The addresses of the web images a document names (not downloaded yet), in document order. */
export function webImageSources(doc: ProseMirrorNode): Set<string> {
  const sources = new Set<string>()
  doc.descendants((node) => {
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
 * The web images of one editor that the person asked to download (a paste or drop, an image's
 * Download button, Download all): main downloads each once into the article's assets and the
 * document points at the copy. Nothing is requested before one of those actions; until then
 * the editor shows a placeholder. A failed download is said in words and can be tried again.
 */
export class WebImageDownloads {
  /** Addresses being downloaded now; the placeholders and the notice follow it. */
  readonly busy = new ValueStore<ReadonlySet<string>>(new Set())

  constructor(
    /** The download, or undefined while the article's site keeps web images where they are. */
    private readonly download: () => DownloadImage | undefined,
    private readonly onError: (message: string) => void,
  ) {}

  /** Whether web images can be downloaded now. */
  available(): boolean {
    return this.download() !== undefined
  }

  /** Downloads one web image and points every image with that address at the saved copy. */
  async downloadOne(editor: Editor, url: string): Promise<void> {
    const download = this.download()
    if (!download || this.busy.get().has(url)) return
    this.busy.set(new Set([...this.busy.get(), url]))
    let src: string | null = null
    try {
      src = (await download(url)).src
    } catch (error) {
      this.onError(errorMessage(error))
    }
    const rest = new Set(this.busy.get())
    rest.delete(url)
    this.busy.set(rest)
    if (src !== null && !editor.isDestroyed) replaceImageSrc(editor, url, src)
  }

  /** Downloads every web image the document names, one after another. */
  async downloadAll(editor: Editor): Promise<void> {
    await this.downloadEach(editor, webImageSources(editor.state.doc))
  }

  /**
   * Downloads the web images a paste or drop brought in: those the document names now and did
   * not name `before`. The placeholders already there wait for the person's own click.
   */
  async downloadAdded(editor: Editor, before: ProseMirrorNode): Promise<void> {
    const known = webImageSources(before)
    const added = [...webImageSources(editor.state.doc)].filter((url) => !known.has(url))
    await this.downloadEach(editor, added)
  }

  private async downloadEach(editor: Editor, urls: Iterable<string>): Promise<void> {
    for (const url of urls) {
      if (editor.isDestroyed) return
      await this.downloadOne(editor, url)
    }
  }
}
