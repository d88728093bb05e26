import type { AnyExtension, Mark, Node } from '@tiptap/core'
import Blockquote from '@tiptap/extension-blockquote'
import Bold from '@tiptap/extension-bold'
import Code from '@tiptap/extension-code'
import CodeBlock from '@tiptap/extension-code-block'
import Document from '@tiptap/extension-document'
import HardBreak from '@tiptap/extension-hard-break'
import Heading from '@tiptap/extension-heading'
import HorizontalRule from '@tiptap/extension-horizontal-rule'
import Italic from '@tiptap/extension-italic'
import { BulletList, ListItem, OrderedList } from '@tiptap/extension-list'
import Paragraph from '@tiptap/extension-paragraph'
import Strike from '@tiptap/extension-strike'
import { Table, TableCell, TableHeader, TableRow } from '@tiptap/extension-table'
import Text from '@tiptap/extension-text'
import Underline from '@tiptap/extension-underline'
import { markDefinitions, type MarkName } from '@shared/editor/documentMarks'
import { nodeDefinitions, type NodeName } from '@shared/editor/documentNodes'
import { CommentMark } from './extensions/CommentMark'
import { CopydeskLink } from './extensions/CopydeskLink'
import type { WebImageDownloads } from './images/WebImageDownloads'
import { Figure } from './nodes/Figure'
import { plainNodeExtension } from './nodes/plainNodeExtension'
import { withMarkSchema, withNodeSchema } from './nodes/withNodeSchema'

/** Options of {@link createDocumentExtensions}. */
export interface DocumentExtensionOptions {
  /** Maps a stored image src to a URL the page can load. */
  resolveImageSrc: (src: string) => string
  /** Mod-Alt-M: comment on the selection. */
  onComment: () => void
  /** Offers each web image's download on its placeholder (see Figure). */
  webImages?: WebImageDownloads | null
}

/**
 * The editor's node and mark extensions: for each shared definition, the TipTap extension that
 * edits it, with the schema taken from the definition. A node no extension is listed for yet
 * is edited as a plain block (plainNodeExtension); marks each need their extension.
 */
export function createDocumentExtensions(options: DocumentExtensionOptions): AnyExtension[] {
  const nodes: { [N in NodeName]?: Node } = {
    // Each block takes its direction from its first strong letter: Arabic runs right to left.
    paragraph: Paragraph.configure({ HTMLAttributes: { dir: 'auto' } }),
    blockquote: Blockquote,
    bulletList: BulletList,
    codeBlock: CodeBlock,
    doc: Document,
    hardBreak: HardBreak,
    // H2–H4 only: the title is the page's H1.
    heading: Heading.configure({ levels: [2, 3, 4], HTMLAttributes: { dir: 'auto' } }),
    horizontalRule: HorizontalRule,
    listItem: ListItem,
    orderedList: OrderedList,
    text: Text,
    image: Figure.configure({
      resolveSrc: options.resolveImageSrc,
      webImages: options.webImages ?? null,
    }),
    // No column resizing: widths belong to the site's stylesheet, and stored column widths
    // would leak editor layout into published articles.
    table: Table.configure({ resizable: false, HTMLAttributes: { class: 'ui-table' } }),
    tableCell: TableCell,
    tableHeader: TableHeader,
    tableRow: TableRow,
  }
  const marks: { [M in MarkName]: Mark } = {
    link: CopydeskLink,
    bold: Bold,
    code: Code,
    italic: Italic,
    strike: Strike,
    underline: Underline,
    comment: CommentMark.configure({ onComment: options.onComment }),
  }
  return [
    ...nodeDefinitions.map((definition) =>
      withNodeSchema(nodes[definition.name] ?? plainNodeExtension(definition), definition),
    ),
    ...markDefinitions.map((definition) => withMarkSchema(marks[definition.name], definition)),
  ]
}
