import { generateJSON } from '@tiptap/core'
import type { DocNode } from '@shared/article/Article'
import { createEditorExtensions } from '../editor/createEditorExtensions'
import { cleanPastedHtml } from '../editor/paste/cleanPastedHtml'

/** The editor's schema, built once: parsing needs only the node and mark definitions. */
let extensions: ReturnType<typeof createEditorExtensions> | null = null

/**
 * HTML as a document of the editor's nodes: the paste cleaner removes anything dangerous and
 * Word or web junk, then the editor's own parse rules read what is left. The same path as a
 * paste, so an imported file and a pasted one come out alike.
 */
export function docFromHtml(html: string): DocNode {
  extensions ??= createEditorExtensions({ articleId: 'import' })
  return generateJSON(cleanPastedHtml(html), extensions) as DocNode
}
