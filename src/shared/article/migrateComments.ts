import {
  COMMENT_BODY_MAX,
  COMMENT_QUOTE_MAX,
  CommentIdSchema,
  type Comment,
  type CommentReply,
} from './Comment'

type Raw = Record<string, unknown>

function isRecord(value: unknown): value is Raw {
  return typeof value === 'object' && value !== null && !Array.isArray(value)
}

function text(value: unknown, max: number): string {
  return typeof value === 'string' ? value.slice(0, max) : ''
}

function textOrNull(value: unknown, max: number): string | null {
  return typeof value === 'string' ? value.slice(0, max) : null
}

/** Keeps a valid, unused id; otherwise makes one from `fallback`, never clashing. */
function uniqueId(value: unknown, fallback: string, used: Set<string>): string {
  const valid = CommentIdSchema.safeParse(value)
  let id = valid.success && !used.has(valid.data) ? valid.data : fallback
  for (let n = 2; used.has(id); n++) id = `${fallback}-${n}`
  used.add(id)
  return id
}

function readReply(raw: Raw, fallbackId: string, used: Set<string>): CommentReply {
  return {
    id: uniqueId(raw.id, fallbackId, used),
    body: text(raw.body ?? raw.text, COMMENT_BODY_MAX),
    author: text(raw.author, 200),
    createdAt: text(raw.createdAt, 40),
  }
}

function readComment(raw: Raw, index: number, used: Set<string>): Comment {
  const id = uniqueId(raw.id, `comment-${index + 1}`, used)
  const replies = Array.isArray(raw.replies) ? raw.replies.filter(isRecord).slice(0, 1000) : []
  const replyIds = new Set<string>()
  const resolved = raw.resolved === true
  return {
    id,
    quote: text(raw.quote, COMMENT_QUOTE_MAX),
    body: text(raw.body ?? raw.text, COMMENT_BODY_MAX),
    author: text(raw.author, 200),
    createdAt: text(raw.createdAt, 40),
    resolved,
    resolvedBy: resolved ? textOrNull(raw.resolvedBy, 200) : null,
    resolvedAt: resolved ? textOrNull(raw.resolvedAt, 40) : null,
    replies: replies.map((r, i) => readReply(r, `${id}-reply-${i + 1}`, replyIds)),
  }
}

/**
 * Reads the `comments` of an article.json leniently: every entry that is an object becomes a
 * comment, with missing or malformed fields filled in (an id made up, overlong text cut) so one
 * damaged comment never makes the article unreadable. Entries that are not objects hold nothing
 * to keep and are left out.
 */
export function migrateComments(raw: unknown): Comment[] {
  if (!Array.isArray(raw)) return []
  const used = new Set<string>()
  const comments: Comment[] = []
  raw.forEach((entry, index) => {
    if (isRecord(entry)) comments.push(readComment(entry, index, used))
  })
  return comments
}
