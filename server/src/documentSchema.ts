import { getSchema, Mark } from '@tiptap/core'
import Image from '@tiptap/extension-image'
import { TableKit } from '@tiptap/extension-table'
import type { Schema } from '@tiptap/pm/model'
import StarterKit from '@tiptap/starter-kit'

/** The comment anchor mark, as the editor defines it (`commentId`, overlapping allowed). */
const CommentAnchor = Mark.create({
  name: 'comment',
  inclusive: false,
  excludes: '',
  spanning: true,
  addAttributes: () => ({ commentId: { default: null } }),
})

/** The editor's figure: TipTap's image with a caption. */
const Figure = Image.extend({
  addAttributes() {
    return { ...this.parent?.(), caption: { default: '', rendered: false } }
  },
}).configure({ inline: false, allowBase64: true })

let cached: Schema | null = null

/**
 * The article schema the server reads Y.Docs with: the same nodes, marks and attributes as the
 * editor, built without a DOM. Everything on the server gets the schema from here, so moving to
 * the shared node definitions is a change to this one function.
 */
export function documentSchema(): Schema {
  cached ??= getSchema([
    StarterKit.configure({ heading: { levels: [2, 3, 4] } }),
    Figure,
    TableKit.configure({ table: { resizable: false } }),
    CommentAnchor,
  ])
  return cached
}
