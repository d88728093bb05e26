import { randomBytes } from 'node:crypto'
import { load, type CheerioAPI } from 'cheerio'
import type { Element } from 'domhandler'
import { COMMENT_BODY_MAX } from '@shared/article/Comment'
import type { ImportedComment } from '@shared/transfer/ImportedComment'

/** A Word file's comments, and which Copydesk comment each Word comment number anchors. */
export interface WordComments {
  comments: ImportedComment[]
  /** Word's `w:id` of each comment with words of its own → the Copydesk id; replies are absent. */
  anchors: Map<string, string>
}

const ALPHABET = 'abcdefghijklmnopqrstuvwxyz0123456789'

/** A fresh comment id, in the form the editor makes them (`c` and 15 letters and digits). */
function newCommentId(): string {
  return `c${Array.from(randomBytes(15), (b) => ALPHABET[b % ALPHABET.length]).join('')}`
}

/** A comment's text: its paragraphs' runs, one line per paragraph. */
function bodyOf($: CheerioAPI, comment: Element): string {
  const lines = $(comment)
    .find('w\\:p')
    .toArray()
    .map((p) =>
      $(p)
        .find('w\\:t, w\\:tab, w\\:br')
        .toArray()
        .map((run) => (run.name === 'w:t' ? $(run).text() : run.name === 'w:tab' ? '\t' : '\n'))
        .join(''),
    )
  return lines.join('\n').trim().slice(0, COMMENT_BODY_MAX)
}

/**
 * A comment's `w:date` as ISO time, or null when it has none or one no calendar reads. Word
 * writes it in UTC (`…Z`); a date without a zone is read as local time, as Word shows it.
 */
function dateOf(value: string | undefined): string | null {
  if (!value) return null
  const date = new Date(value)
  const year = date.getUTCFullYear()
  return Number.isNaN(date.getTime()) || year < 1970 || year > 9999 ? null : date.toISOString()
}

/** Word's threading (Word 2013 on): reply → parent, and which are done, by paragraph id. */
function threads(extended: string | undefined): {
  parentOf: Map<string, string>
  done: Set<string>
} {
  const parentOf = new Map<string, string>()
  const done = new Set<string>()
  if (!extended) return { parentOf, done }
  const $ = load(extended, { xml: true })
  for (const entry of $('w15\\:commentEx').toArray()) {
    const paraId = $(entry).attr('w15:paraId')
    if (!paraId) continue
    const parent = $(entry).attr('w15:paraIdParent')
    if (parent) parentOf.set(paraId, parent)
    if ($(entry).attr('w15:done') === '1') done.add(paraId)
  }
  return { parentOf, done }
}

/**
 * The comments of a Word file from its `word/comments.xml`, threaded by
 * `word/commentsExtended.xml` when there is one: a reply joins its parent's replies and has no
 * anchor of its own; a comment marked done comes in resolved; each keeps its `w:date`. Comments without text (only a
 * picture) are left out. Each comment gets a fresh Copydesk id.
 */
export function readWordComments(
  commentsXml: string | undefined,
  extendedXml: string | undefined,
): WordComments {
  const anchors = new Map<string, string>()
  if (!commentsXml) return { comments: [], anchors }
  const $ = load(commentsXml, { xml: true })
  const { parentOf, done } = threads(extendedXml)
  const comments: ImportedComment[] = []
  const byParagraph = new Map<string, ImportedComment>()
  for (const element of $('w\\:comment').toArray()) {
    const wordId = $(element).attr('w:id')
    const body = bodyOf($, element)
    if (wordId === undefined || body === '') continue
    const author = ($(element).attr('w:author') ?? '').trim().slice(0, 200)
    const createdAt = dateOf($(element).attr('w:date'))
    // Word names a comment by the id of its last paragraph in the threading part.
    const paraId = $(element).find('w\\:p').last().attr('w14:paraId') ?? ''
    const parent = byParagraph.get(parentOf.get(paraId) ?? '')
    if (parent) {
      if (parent.replies.length < 1000)
        parent.replies.push({ id: newCommentId(), body, author, createdAt })
      continue
    }
    if (comments.length >= 1000) break
    const comment: ImportedComment = {
      id: newCommentId(),
      quote: '',
      body,
      author,
      createdAt,
      resolved: done.has(paraId),
      replies: [],
    }
    comments.push(comment)
    if (paraId) byParagraph.set(paraId, comment)
    anchors.set(wordId, comment.id)
  }
  return { comments, anchors }
}
