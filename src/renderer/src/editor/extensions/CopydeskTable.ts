import { TableKit } from '@tiptap/extension-table'

/**
 * Tables without column resizing: widths belong to the site's stylesheet, and stored column
 * widths would leak editor layout into published articles.
 */
export const CopydeskTable = TableKit.configure({
  table: { resizable: false, HTMLAttributes: { class: 'cd-table' } },
})
