import { Extension } from '@tiptap/core'
import { Plugin, PluginKey } from '@tiptap/pm/state'
import { cleanPastedHtml } from '../paste/cleanPastedHtml'

/** Runs every HTML paste (and HTML drop) through {@link cleanPastedHtml} before parsing. */
export const PasteCleaner = Extension.create({
  name: 'pasteCleaner',

  addProseMirrorPlugins() {
    return [
      new Plugin({
        key: new PluginKey('pasteCleaner'),
        props: { transformPastedHTML: (html) => cleanPastedHtml(html) },
      }),
    ]
  },
})
