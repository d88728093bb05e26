import type { Token } from 'markdown-it'
import type { DocNode } from '../article/Article'
import type { TypographerRuns } from '../render/markdown/escapeMarkdownText'
import type { NodeExample } from './NodeExample'

/** An attribute of a node or mark and its default; without a default it is required. */
export interface AttributeSchema {
  default?: unknown
}

/**
 * The ProseMirror `NodeSpec` of a node as plain data: what the schema needs, without the DOM
 * parsing and rendering an editor adds. The same data builds the server's schema and the
 * editor's, so both accept the same documents.
 */
export interface NodeSchema {
  content?: string
  group?: string
  inline?: boolean
  atom?: boolean
  marks?: string
  code?: boolean
  defining?: boolean
  isolating?: boolean
  selectable?: boolean
  draggable?: boolean
  linebreakReplacement?: boolean
  /** prosemirror-tables' role of a table node (`table`, `row`, `cell`, `header_cell`). */
  tableRole?: string
  attrs?: Readonly<Record<string, AttributeSchema>>
}

/** What a node's HTML output may ask of the renderer that called it. */
export interface HtmlWriter {
  /** Child blocks as HTML, one nesting level deeper. */
  blocks(nodes: DocNode[]): string
  /** Inline content (text with marks, hard breaks) as HTML. */
  inline(nodes: DocNode[]): string
  /** The text inside a node, blocks on their own lines. */
  text(node: DocNode): string
  /** The URL to write for a stored image src, or null to leave the image out. */
  imageUrl(src: string): string | null
}

/** Where inline Markdown is written: a paragraph, a heading (one line) or a table cell (one line). */
export type InlinePlace = 'paragraph' | 'heading' | 'cell'

/** What a node's Markdown output may ask of the renderer that called it. */
export interface MarkdownWriter {
  /** Child blocks as Markdown, one nesting level deeper, joined by `gap`. */
  blocks(nodes: DocNode[], gap: string): string
  /** Inline content as Markdown for the given place. */
  inline(nodes: DocNode[], place: InlinePlace): string
  /** The text inside a node, blocks on their own lines. */
  text(node: DocNode): string
  /** One-line Markdown pieces of a block inside a table cell. */
  cellLines(node: DocNode): string[]
  /** The URL to write for a stored image src, or null to leave the image out. */
  imageUrl(src: string): string | null
  /** Whether the site renders raw HTML blocks (see RenderOptions.rawHtml). */
  rawHtml: boolean
  /** How typed dash and dot runs are kept from the site's typographer (see RenderOptions). */
  runs: TypographerRuns
}

/** The token walk of parseMarkdown, as a node's token handlers see it. */
export interface MarkdownParseState {
  /** Adds nodes to the container that is open. */
  append(...nodes: DocNode[]): void
  /** Adds a container; what follows goes into it until {@link close}. */
  open(node: DocNode): void
  /** Ends the innermost open container. */
  close(): void
  /** The innermost open container. */
  top(): DocNode
  /** The inline content of the next token, consuming it and the closing token after it. */
  takeInline(): DocNode[]
  /** Inline nodes as blocks: paragraphs split around images, which are blocks in the editor. */
  inlineBlocks(nodes: DocNode[]): DocNode[]
}

/** Reads one markdown-it block token. */
export type MarkdownTokenHandler = (token: Token, state: MarkdownParseState) => void

/** Reads one markdown-it inline token: a node, or the text that stands in for one refused. */
export type InlineTokenHandler = (token: Token) => DocNode | string

/**
 * Everything Copydesk knows about one kind of node, in one place: its schema, how it is written
 * as HTML and Markdown, how Markdown is read into it and what plain text it stands for. The
 * renderers, the parser, the word count, the toolbar and the editor are all built from these.
 */
export interface NodeDefinition<Name extends string = string> {
  readonly name: Name
  readonly schema: NodeSchema
  /** This node or mark in a small document, with the HTML and Markdown it must give. */
  readonly example: NodeExample
  /** The text an inline leaf stands for (a hard break is a newline). */
  readonly leafText?: string
  /** Written between two neighbouring nodes of this type in Markdown, which would merge them. */
  readonly markdownSeparator?: string
  /** Text kept in attributes that counts as words (an image's caption). */
  attributeText?(attrs: Readonly<Record<string, unknown>>): string
  /** The node as HTML; '' leaves it out. Without it the node shows its text. */
  toHtml?(node: DocNode, html: HtmlWriter): string
  /** The node as Markdown; '' leaves it out. Without it the node shows its text. */
  toMarkdown?(node: DocNode, md: MarkdownWriter): string
  /** The node inside a table cell, as one-line pieces. Without it: its children's, or its text. */
  toMarkdownCell?(node: DocNode, md: MarkdownWriter): string[]
  /** markdown-it block tokens this node reads, by token type. */
  readonly fromMarkdown?: Readonly<Record<string, MarkdownTokenHandler>>
  /** markdown-it inline tokens this node reads, by token type. */
  readonly fromInlineMarkdown?: Readonly<Record<string, InlineTokenHandler>>
  /** Inline HTML read as this node (`<br>`). */
  readonly inlineHtml?: RegExp
  /** A raw HTML block read as this node (the `<figure>` renderMarkdown writes), else null. */
  fromHtmlBlock?(html: string): DocNode | null
}
