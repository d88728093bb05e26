import type { DocNode } from '../../article/Article'
import { isLineBreak } from '../../editor/documentNodes'
import type { InlinePlace } from '../../editor/NodeDefinition'
import { type InlineMark, inlineMarks, isCodeMark, sharedMarkCount } from '../inlineMarks'
import { textOf } from '../nodeAttrs'
import { plainText } from '../plainText'
import { codeSpan } from './codeSpan'
import { escapeMarkdownText, type TypographerRuns } from './escapeMarkdownText'

type Piece =
  | { kind: 'text'; text: string }
  | { kind: 'code'; text: string }
  | { kind: 'break' }
  | { kind: 'open' | 'close'; mark: InlineMark; span: number }

const WHITESPACE = /^\s$/u
const PUNCTUATION = /^[\p{P}\p{S}]$/u
const isSpace = (c: string): boolean => c === '' || WHITESPACE.test(c)
const isPunct = (c: string): boolean => PUNCTUATION.test(c)

/** Flattens nodes to pieces; whitespace at the edge of emphasis moves outside it (`** a**` fails). */
function toPieces(nodes: DocNode[]): Piece[] {
  const pieces: Piece[] = []
  let open: { mark: InlineMark; span: number }[] = []
  let spans = 0
  const openMarks = (): InlineMark[] => open.map((o) => o.mark)
  const closeTo = (keep: number): void => {
    if (keep >= open.length) return
    const last = pieces[pieces.length - 1]
    let trailing = ''
    if (last?.kind === 'text' && open.slice(keep).some((o) => o.mark.output.delimiter)) {
      trailing = /\s*$/u.exec(last.text)?.[0] ?? ''
      last.text = last.text.slice(0, last.text.length - trailing.length)
    }
    for (let i = open.length - 1; i >= keep; i--) {
      const o = open[i] as { mark: InlineMark; span: number }
      pieces.push({ kind: 'close', mark: o.mark, span: o.span })
    }
    open = open.slice(0, keep)
    if (trailing !== '') pieces.push({ kind: 'text', text: trailing })
  }
  nodes.forEach((node, index) => {
    if (isLineBreak(node)) {
      const next = nodes[index + 1]
      const nextMarks = next ? inlineMarks(next).filter((m) => !isCodeMark(m)) : []
      closeTo(sharedMarkCount(openMarks(), nextMarks))
      pieces.push({ kind: 'break' })
      return
    }
    let text = (node.type === 'text' ? textOf(node) : plainText(node)).replace(/[\r\n]+/g, ' ')
    if (text === '') return
    const marks = inlineMarks(node)
    const code = marks.some(isCodeMark)
    const outer = marks.filter((m) => !isCodeMark(m))
    const keep = sharedMarkCount(openMarks(), outer)
    closeTo(keep)
    if (!code && keep < outer.length) {
      const leading = /^\s*/u.exec(text)?.[0] ?? ''
      if (leading !== '') pieces.push({ kind: 'text', text: leading })
      text = text.slice(leading.length)
      if (text === '') return
    }
    for (const mark of outer.slice(keep)) {
      const span = spans++
      open.push({ mark, span })
      pieces.push({ kind: 'open', mark, span })
    }
    const kind = code ? 'code' : 'text'
    const last = pieces[pieces.length - 1]
    if ((last?.kind === 'text' || last?.kind === 'code') && last.kind === kind) last.text += text
    else pieces.push({ kind, text })
  })
  closeTo(0)
  while (pieces[0]?.kind === 'break') pieces.shift()
  while (pieces[pieces.length - 1]?.kind === 'break') pieces.pop()
  return pieces
}

function delimiterChar(piece: Piece | undefined, html: Set<number>): string | null {
  if (!piece || (piece.kind !== 'open' && piece.kind !== 'close') || html.has(piece.span))
    return null
  return piece.mark.output.delimiter?.[0] ?? null
}

/**
 * Spans whose delimiters would not be read as emphasis where they stand (CommonMark's
 * left/right-flanking rules, e.g. `a**"b"**c`): those are written as HTML tags instead.
 */
function spansNeedingHtml(pieces: Piece[], written: string[]): Set<number> {
  const html = new Set<number>()
  for (let round = 0; round < 8; round++) {
    let changed = false
    let i = 0
    while (i < pieces.length) {
      const char = delimiterChar(pieces[i], html)
      if (char === null) {
        i++
        continue
      }
      let end = i
      while (delimiterChar(pieces[end + 1], html) === char) end++
      const prev = (written[i - 1] ?? '').slice(-1)
      const next = (written[end + 1] ?? '').slice(0, 1)
      const run = pieces.slice(i, end + 1) as Extract<Piece, { span: number }>[]
      const opens = run.every((p) => p.kind === 'open')
      const closes = run.every((p) => p.kind === 'close')
      const left = !isSpace(next) && (!isPunct(next) || isSpace(prev) || isPunct(prev))
      const right = !isSpace(prev) && (!isPunct(prev) || isSpace(next) || isPunct(next))
      if (!((opens && left) || (closes && right))) {
        for (const p of run) html.add(p.span)
        changed = true
      }
      i = end + 1
    }
    if (!changed) break
  }
  return html
}

function markSyntax(piece: Extract<Piece, { span: number }>, html: Set<number>): string {
  const { output, attrs } = piece.mark
  const wrap = piece.kind === 'open' ? output.markdownOpen : output.markdownClose
  if (wrap) return wrap(attrs)
  if (output.delimiter !== undefined && !html.has(piece.span)) return output.delimiter
  const tag = output.markdownTag ?? 'span'
  return piece.kind === 'open' ? `<${tag}>` : `</${tag}>`
}

/**
 * Inline content as Markdown. Text is escaped so it stays text; emphasis uses `**`, `*`, `~~`
 * where CommonMark reads them as such and HTML tags where it would not; underline is `<u>`.
 * A hard break is two trailing spaces (CommonMark and kramdown alike); in a cell, `<br>`.
 */
export function renderInlineMarkdown(
  nodes: DocNode[],
  place: InlinePlace,
  runs: TypographerRuns = 'escape',
): string {
  const pieces = toPieces(nodes)
  // First pass: text and breaks, which the flanking checks look at.
  const written: string[] = []
  let lineEmpty = true
  for (const piece of pieces) {
    let out = ''
    if (piece.kind === 'text') {
      out = escapeMarkdownText(piece.text, {
        lineStart: lineEmpty,
        heading: place === 'heading',
        runs,
      })
    } else if (piece.kind === 'code') {
      out = codeSpan(piece.text, place === 'cell')
    } else if (piece.kind === 'break') {
      if (place === 'heading') out = ' '
      else if (place === 'cell' || lineEmpty) out = '<br>'
      else out = '  \n'
    } else {
      // What the flanking checks see: a delimiter run, or a tag or bracket (punctuation).
      out = piece.mark.output.delimiter === undefined ? '<' : '*'
    }
    written.push(out)
    if (out.endsWith('\n')) lineEmpty = true
    else if (out !== '' && piece.kind !== 'open') lineEmpty = false
  }
  const html = spansNeedingHtml(pieces, written)
  let htmlDepth = 0
  return pieces
    .map((piece, i) => {
      if (piece.kind === 'open' || piece.kind === 'close') {
        const syntax = markSyntax(piece, html)
        if (syntax.startsWith('<')) htmlDepth += piece.kind === 'open' ? 1 : -1
        return syntax
      }
      if (htmlDepth === 0 || (piece.kind !== 'text' && piece.kind !== 'break')) return written[i]
      // kramdown reads neither a trailing-spaces break nor backslash escapes inside HTML tags.
      if (piece.kind === 'break') return place === 'heading' ? ' ' : '<br>'
      // After an opening tag, so never first on a line.
      return escapeMarkdownText(piece.text, {
        lineStart: false,
        heading: place === 'heading',
        inHtml: true,
        runs,
      })
    })
    .join('')
}
