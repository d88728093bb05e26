import {
  CommentRangeEnd,
  CommentRangeStart,
  CommentReference,
  ExternalHyperlink,
  TextRun,
  type ParagraphChild,
} from 'docx'
import type { DocNode } from '@shared/article/Article'
import { safeLinkHref } from '@shared/safety/urlPolicy'
import type { CommentNumbers } from './docxComments'

/** Where comments open and close while the document is written, in document order. */
export interface CommentTrack {
  numbers: CommentNumbers
  /** Index of the last text node each comment covers. */
  last: Map<string, number>
  started: Set<string>
  /** Text nodes written so far. */
  index: number
}

type Mark = NonNullable<DocNode['marks']>[number]

function has(marks: readonly Mark[], type: string): boolean {
  return marks.some((mark) => mark.type === type)
}

/** Ids of the comments on a text node. */
export function commentIdsOf(node: DocNode): string[] {
  return (node.marks ?? []).flatMap((mark) => {
    const id = mark.type === 'comment' ? mark.attrs?.commentId : undefined
    return typeof id === 'string' ? [id] : []
  })
}

function textRun(text: string, marks: readonly Mark[], link: boolean): TextRun {
  return new TextRun({
    text,
    bold: has(marks, 'bold'),
    italics: has(marks, 'italic'),
    strike: has(marks, 'strike'),
    ...(has(marks, 'underline') && { underline: {} }),
    ...(has(marks, 'code') && { font: 'Courier New' }),
    ...(link && { style: 'Hyperlink' }),
  })
}

/** A text node as a run, or a hyperlink around one for links Word can follow. */
function textChild(node: DocNode): ParagraphChild {
  const marks = node.marks ?? []
  const text = node.text ?? ''
  const link = marks.find((mark) => mark.type === 'link')
  const href = safeLinkHref(link?.attrs?.href)
  if (href === null || !/^(?:https?|mailto):/i.test(href)) return textRun(text, marks, false)
  return new ExternalHyperlink({ link: href, children: [textRun(text, marks, true)] })
}

/**
 * A paragraph's inline content as Word runs: marks become run formatting, links hyperlinks,
 * hard breaks line breaks, and comment marks Word comment ranges around their words.
 */
export function docxInline(content: readonly DocNode[], track: CommentTrack): ParagraphChild[] {
  const children: ParagraphChild[] = []
  for (const node of content) {
    if (node.type === 'hardBreak') {
      children.push(new TextRun({ break: 1 }))
      continue
    }
    if (node.type !== 'text') continue
    const index = track.index++
    const ids = commentIdsOf(node).filter((id) => track.numbers.has(id))
    for (const id of ids) {
      if (track.started.has(id)) continue
      track.started.add(id)
      children.push(new CommentRangeStart(track.numbers.get(id) as number))
    }
    children.push(textChild(node))
    for (const id of ids) {
      if (track.last.get(id) !== index) continue
      const number = track.numbers.get(id) as number
      children.push(
        new CommentRangeEnd(number),
        new TextRun({ children: [new CommentReference(number)] }),
      )
    }
  }
  return children
}
