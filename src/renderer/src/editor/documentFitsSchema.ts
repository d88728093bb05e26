import type { DocNode } from '@shared/article/Article'
import type { Schema } from '@tiptap/pm/model'

/**
 * Whether the editor can load `doc`. A node or mark type the schema does not know makes TipTap
 * replace the whole document with an empty one — which the next autosave would then store —
 * so such a document must open read-only instead.
 */
export function documentFitsSchema(schema: Schema, doc: DocNode): boolean {
  try {
    schema.nodeFromJSON(doc)
    return true
  } catch {
    return false
  }
}
