import type { z } from 'zod'
import { ArticleDocSchema, type DocNode } from './Article'

/** A node's keys in the order DocNodeSchema gives them back; any other key is stripped by it. */
const NODE_KEYS = ['type', 'attrs', 'content', 'marks', 'text']
const MARK_KEYS = ['type', 'attrs']

function isPlainRecord(value: unknown): value is Record<string, unknown> {
  if (typeof value !== 'object' || value === null) return false
  const proto: unknown = Object.getPrototypeOf(value)
  return proto === Object.prototype || proto === null
}

/** True when `value` has no keys but `keys` (any may be absent), in their order. */
function hasKeysInOrder(value: Record<string, unknown>, keys: readonly string[]): boolean {
  let last = -1
  for (const key of Object.keys(value)) {
    const at = keys.indexOf(key)
    if (at <= last) return false
    last = at
  }
  return true
}

function isTypeName(value: unknown): boolean {
  return typeof value === 'string' && value.length >= 1 && value.length <= 64
}

function isAttrs(value: unknown): boolean {
  return value === undefined || isPlainRecord(value)
}

function isMark(value: unknown): boolean {
  return (
    isPlainRecord(value) &&
    hasKeysInOrder(value, MARK_KEYS) &&
    isTypeName(value.type) &&
    isAttrs(value.attrs)
  )
}

function isArrayOf(value: unknown, check: (item: unknown) => boolean): boolean {
  if (value === undefined) return true
  if (!Array.isArray(value)) return false
  for (let i = 0; i < value.length; i++) if (!check(value[i])) return false
  return true
}

function isParsedNode(value: unknown): boolean {
  return (
    isPlainRecord(value) &&
    hasKeysInOrder(value, NODE_KEYS) &&
    isTypeName(value.type) &&
    isAttrs(value.attrs) &&
    isArrayOf(value.content, isParsedNode) &&
    isArrayOf(value.marks, isMark) &&
    (value.text === undefined || typeof value.text === 'string')
  )
}

/**
 * `ArticleDocSchema.safeParse`, without walking the document a second time when it is already
 * exactly what that schema gives back (valid, no other keys, keys in the schema's order), as a
 * document that came through the IPC door or was saved before is: that one is returned as it
 * is, not copied. A book-length document takes zod tens of milliseconds; this check, a few.
 * Anything else goes through the schema, which has the last word.
 */
export function parseArticleDoc(value: unknown): z.ZodSafeParseResult<DocNode> {
  if (isParsedNode(value) && (value as DocNode).type === 'doc') {
    return { success: true, data: value as DocNode }
  }
  return ArticleDocSchema.safeParse(value)
}
