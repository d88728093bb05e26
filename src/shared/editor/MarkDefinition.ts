import type { Token } from 'markdown-it'
import type { AttributeSchema } from './NodeDefinition'
import type { NodeExample } from './NodeExample'

/** The ProseMirror `MarkSpec` of a mark as plain data. */
export interface MarkSchema {
  inclusive?: boolean
  excludes?: string
  spanning?: boolean
  code?: boolean
  attrs?: Readonly<Record<string, AttributeSchema>>
}

/** Attributes of a rendered mark, already checked (a link's href is safe to write). */
export type RenderedAttrs = Readonly<Record<string, string | null>>

/** How a mark is written in HTML and Markdown. */
export interface MarkOutput {
  /** The checked attributes to render with, or null to drop the mark (a refused link). */
  attrs?(attrs: Readonly<Record<string, unknown>>): RenderedAttrs | null
  /** The opening HTML tag. */
  htmlOpen(attrs: RenderedAttrs): string
  /** The closing HTML tag. */
  htmlClose: string
  /** Markdown delimiter run (`**`), when CommonMark has one for this mark. */
  delimiter?: string
  /** HTML tag used in Markdown where no delimiter would be read (`<u>`, or `**` flanked wrong). */
  markdownTag?: string
  /** Markdown opening and closing syntax of a mark that wraps its text (a link's `[` … `](url)`). */
  markdownOpen?(attrs: RenderedAttrs): string
  markdownClose?(attrs: RenderedAttrs): string
}

/** How Markdown is read into a mark. */
export interface MarkInput {
  /** markdown-it token pair name (`strong` for `strong_open` / `strong_close`). */
  token?: string
  /** markdown-it token whose content is text with this mark (`code_inline`). */
  textToken?: string
  /** Bare inline HTML tags read as this mark (`u`, `b`). */
  htmlTags?: readonly string[]
  /** The mark's attributes from its opening token, or null to refuse it (its text stays plain). */
  attrs?(token: Token): Record<string, unknown> | null
}

/**
 * Everything Copydesk knows about one kind of mark: its schema, its HTML and Markdown output
 * (none: it is never rendered, like review comments) and how Markdown is read into it.
 */
export interface MarkDefinition<Name extends string = string> {
  readonly name: Name
  readonly schema: MarkSchema
  /** This node or mark in a small document, with the HTML and Markdown it must give. */
  readonly example: NodeExample
  readonly output?: MarkOutput
  readonly input?: MarkInput
}
