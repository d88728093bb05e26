import StarterKit from '@tiptap/starter-kit'

/**
 * What StarterKit adds besides the document's nodes and marks: undo/redo, the drop and gap
 * cursors, list keys and a trailing paragraph. Nodes and marks come from the shared definitions
 * (see createDocumentExtensions), so StarterKit's own are switched off here.
 */
export const CopydeskStarterKit = StarterKit.configure({
  blockquote: false,
  bold: false,
  bulletList: false,
  code: false,
  codeBlock: false,
  document: false,
  hardBreak: false,
  heading: false,
  horizontalRule: false,
  italic: false,
  listItem: false,
  link: false,
  orderedList: false,
  paragraph: false,
  strike: false,
  text: false,
  underline: false,
})
