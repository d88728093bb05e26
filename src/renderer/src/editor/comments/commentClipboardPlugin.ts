import { DOMSerializer, Slice, type MarkType } from '@tiptap/pm/model'
import { Plugin, PluginKey } from '@tiptap/pm/state'
import { stripCommentMarks } from './stripCommentMarks'

const key = new PluginKey('commentClipboard')

function sameSlice(a: Slice, b: Slice): boolean {
  return a.openStart === b.openStart && a.openEnd === b.openEnd && a.content.eq(b.content)
}

/**
 * Keeps comment anchors out of the clipboard: other apps get the text and formatting without
 * comment spans. A copy or cut pasted back into this editor gets its anchors back, because the
 * last copied slice is remembered and recognised when the same content comes back.
 */
export function commentClipboardPlugin(type: MarkType): Plugin {
  const base = DOMSerializer.fromSchema(type.schema)
  const marks = Object.fromEntries(
    Object.entries(base.marks).filter(([name]) => name !== type.name),
  )
  const serializer = new DOMSerializer(base.nodes, marks)
  let lastCopied: { slice: Slice; stripped: Slice } | null = null
  return new Plugin({
    key,
    props: {
      clipboardSerializer: serializer,
      transformCopied(slice) {
        const content = stripCommentMarks(slice.content, type)
        lastCopied =
          content === slice.content
            ? null
            : { slice, stripped: new Slice(content, slice.openStart, slice.openEnd) }
        return slice
      },
      handlePaste(view, _event, slice) {
        const copied = lastCopied
        if (!copied || !sameSlice(copied.stripped, slice)) return false
        view.dispatch(view.state.tr.replaceSelection(copied.slice).scrollIntoView())
        return true
      },
    },
  })
}
