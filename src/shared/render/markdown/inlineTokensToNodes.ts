import type { Token } from 'markdown-it'
import type { DocNode } from '../../article/Article'
import { markDefinitions, type MarkName } from '../../editor/documentMarks'
import type { MarkDefinition } from '../../editor/MarkDefinition'
import { nodeDefinitions } from '../../editor/documentNodes'
import type { InlineTokenHandler } from '../../editor/NodeDefinition'
import { type MarkJson, sortMarks } from './sortMarks'

/** Inline HTML read as formatting: a bare tag, nothing with attributes. */
const HTML_TAG = /^<(\/?)([a-z]+)>$/i

/** Marks by the markdown-it token pair that carries them (`strong` → bold). */
const TOKEN_MARKS = new Map<string, MarkDefinition<MarkName>>(
  markDefinitions.flatMap((m) => (m.input?.token ? [[m.input.token, m]] : [])),
)
/** Marks by the markdown-it token whose content carries them (`code_inline` → code). */
const TEXT_TOKEN_MARKS = new Map<string, MarkDefinition<MarkName>>(
  markDefinitions.flatMap((m) => (m.input?.textToken ? [[m.input.textToken, m]] : [])),
)
/** Marks by the bare HTML tag read as them (`b` → bold). */
const TAG_MARKS = new Map<string, MarkDefinition<MarkName>>(
  markDefinitions.flatMap((m) => (m.input?.htmlTags ?? []).map((tag) => [tag, m] as const)),
)
/** Inline nodes by the markdown-it token they read (`hardbreak`, `image`). */
const NODE_TOKENS = new Map<string, InlineTokenHandler>(
  nodeDefinitions.flatMap((n) => Object.entries(n.fromInlineMarkdown ?? {})),
)
/** Inline nodes read from inline HTML (`<br>`). */
const HTML_NODES = nodeDefinitions.flatMap((n) => (n.inlineHtml ? [n] : []))

/** An open mark; a refused link is kept as `null` so its close pairs up and its text stays plain. */
type OpenMark = { kind: string; mark: MarkJson | null }

class InlineBuilder {
  readonly nodes: DocNode[] = []
  private open: OpenMark[] = []

  text(text: string, extra?: MarkJson): void {
    if (text === '') return
    const marks = this.marks(extra)
    const last = this.nodes[this.nodes.length - 1]
    if (last?.type === 'text' && JSON.stringify(last.marks ?? []) === JSON.stringify(marks)) {
      last.text = (last.text ?? '') + text
      return
    }
    this.nodes.push(marks.length === 0 ? { type: 'text', text } : { type: 'text', text, marks })
  }

  push(kind: string, mark: MarkJson | null): void {
    this.open.push({ kind, mark })
  }

  pop(kind: string): void {
    const index = this.open.map((o) => o.kind).lastIndexOf(kind)
    if (index !== -1) this.open.splice(index, 1)
  }

  private marks(extra?: MarkJson): MarkJson[] {
    const marks: MarkJson[] = []
    for (const { mark } of [...this.open, { kind: 'extra', mark: extra ?? null }]) {
      if (mark && !marks.some((m) => m.type === mark.type)) marks.push(mark)
    }
    return sortMarks(marks)
  }
}

/** The mark JSON an opening token stands for, or null when its definition refuses it. */
function markFrom(definition: MarkDefinition<MarkName>, token: Token): MarkJson | null {
  const read = definition.input?.attrs
  if (!read) return { type: definition.name }
  const attrs = read(token)
  return attrs === null ? null : { type: definition.name, attrs }
}

function htmlFrom(html: string, builder: InlineBuilder): void {
  // A comment shows nothing (renderMarkdown writes empty ones inside typed runs for Astro).
  if (html.startsWith('<!--')) return
  const node = HTML_NODES.find((n) => n.inlineHtml?.test(html))
  if (node) {
    builder.nodes.push({ type: node.name })
    return
  }
  const match = HTML_TAG.exec(html)
  const mark = match ? TAG_MARKS.get((match[2] ?? '').toLowerCase()) : undefined
  if (!match || mark === undefined) builder.text(html)
  else if (match[1] === '/') builder.pop(`html:${mark.name}`)
  else builder.push(`html:${mark.name}`, { type: mark.name })
}

/**
 * markdown-it inline tokens as document inline nodes, each read by the mark or node definition
 * that names its token. Images come out as `image` nodes among them (the caller lifts them out
 * as blocks). Links and images with refused URLs become their text; HTML other than simple
 * formatting tags and `<br>` becomes text.
 */
export function inlineTokensToNodes(tokens: Token[]): DocNode[] {
  const builder = new InlineBuilder()
  for (const token of tokens) {
    const pair = /^(.*)_(open|close)$/.exec(token.type)
    const mark = pair ? TOKEN_MARKS.get(pair[1] ?? '') : undefined
    if (mark !== undefined) {
      if (token.nesting === 1) builder.push(mark.name, markFrom(mark, token))
      else builder.pop(mark.name)
      continue
    }
    const textMark = TEXT_TOKEN_MARKS.get(token.type)
    const node = NODE_TOKENS.get(token.type)
    if (textMark) builder.text(token.content, { type: textMark.name })
    else if (node) {
      const read = node(token)
      if (typeof read === 'string') builder.text(read)
      else builder.nodes.push(read)
    } else if (token.type === 'softbreak') builder.text(' ')
    else if (token.type === 'html_inline') htmlFrom(token.content, builder)
    else builder.text(token.content)
  }
  return builder.nodes
}
