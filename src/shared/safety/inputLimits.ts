import { t } from '../i18n/i18n'
import { formatNumber } from '../format/localeFormat'

/**
 * How much any one input may ask of the app: pasted or dropped HTML, a stored or sent
 * document. Real articles stay far below; a nesting or size bomb does not,
 * and is answered with a message before any parser sees it.
 */
export const INPUT_LIMITS = {
  /** Characters of HTML taken in at once (about 8 MB of text). */
  maxTextLength: 8_000_000,
  /** Elements of HTML nested inside one another (parsers slow down badly past this). */
  maxDepth: 256,
  /**
   * Nodes of a stored or sent document nested inside one another: deeper than any editor
   * makes, shallow enough for the recursive validators (renderers flatten past 64 anyway).
   */
  maxDocumentDepth: 1000,
  /** Elements of pasted HTML, or nodes of a document. */
  maxNodes: 200_000,
} as const

/** Why an input is over the limits, in words for the person; null when it is within them. */
export type LimitProblem = string | null

function tooLarge(what: string): string {
  const millions = formatNumber(INPUT_LIMITS.maxTextLength / 1_000_000)
  return t('startupMain.limits.tooLarge', { what, millions })
}

function tooDeep(what: string, levels: number = INPUT_LIMITS.maxDepth): string {
  return t('startupMain.limits.tooDeep', { what, levels })
}

function tooMany(what: string): string {
  return t('startupMain.limits.tooMany', { what, limit: formatNumber(INPUT_LIMITS.maxNodes) })
}

/** Elements that never have an end tag, so they never nest. */
const VOID_ELEMENTS = new Set(
  'area base br col embed hr img input link meta source track wbr'.split(' '),
)

/**
 * A linear scan of HTML text, before any parser builds a tree from it: its length, how many
 * elements it opens and how deep they nest. An approximation (end tags that the parser would
 * infer are not seen), always on the side of counting more: it only has to tell a real page
 * from a bomb, in time proportional to the text.
 */
export function checkHtmlLimits(
  html: string,
  what: string = t('screens.editorNotes.pastedContent'),
): LimitProblem {
  if (html.length > INPUT_LIMITS.maxTextLength) return tooLarge(what)
  let depth = 0
  let deepest = 0
  let nodes = 0
  const tag = /<(\/?)([a-zA-Z][a-zA-Z0-9:-]*)[^<>]*?(\/?)>/g
  for (let match = tag.exec(html); match !== null; match = tag.exec(html)) {
    const name = match[2]?.toLowerCase()
    if (name === undefined) continue
    if (match[1] === '/') {
      depth = Math.max(0, depth - 1)
      continue
    }
    nodes++
    if (nodes > INPUT_LIMITS.maxNodes) return tooMany(what)
    if (match[3] === '/' || VOID_ELEMENTS.has(name)) continue
    depth++
    if (depth > deepest) deepest = depth
    if (deepest > INPUT_LIMITS.maxDepth) return tooDeep(what)
  }
  return null
}

/**
 * How deep JSON text nests (objects and arrays), read without parsing it, so a stored file
 * built as a nesting bomb is refused before a recursive parser or validator runs out of stack.
 */
export function jsonNestingDepth(text: string): number {
  let depth = 0
  let deepest = 0
  let inString = false
  for (let i = 0; i < text.length; i++) {
    const c = text.charCodeAt(i)
    if (inString) {
      if (c === 0x5c) i++
      else if (c === 0x22) inString = false
    } else if (c === 0x22) inString = true
    else if (c === 0x7b || c === 0x5b) {
      depth++
      if (depth > deepest) deepest = depth
    } else if (c === 0x7d || c === 0x5d) depth--
  }
  return deepest
}

/**
 * Whether a document is within the limits: node count and nesting, walked without recursion,
 * so it is safe to run on untrusted JSON before a recursive validator sees it.
 */
export function checkDocumentLimits(
  doc: unknown,
  what: string = t('startupMain.limits.theDocument'),
): LimitProblem {
  const stack: [unknown, number][] = [[doc, 1]]
  let nodes = 0
  while (stack.length > 0) {
    const [node, depth] = stack.pop() as [unknown, number]
    nodes++
    if (nodes > INPUT_LIMITS.maxNodes) return tooMany(what)
    if (depth > INPUT_LIMITS.maxDocumentDepth) {
      return tooDeep(what, INPUT_LIMITS.maxDocumentDepth)
    }
    const content: unknown =
      typeof node === 'object' && node !== null ? Reflect.get(node, 'content') : null
    if (Array.isArray(content)) for (const child of content) stack.push([child, depth + 1])
  }
  return null
}

/**
 * Why a stored article's text (article.json, or one from a sync peer) is over the limits, read
 * before it is parsed: too long, or nested deeper than any real document (a document node is
 * two JSON levels: the node and its content array).
 */
export function storedArticleProblem(text: string): LimitProblem {
  if (text.length > INPUT_LIMITS.maxTextLength * 4) {
    return t('startupMain.limits.fileTooLarge', {
      millions: formatNumber((INPUT_LIMITS.maxTextLength * 4) / 1_000_000),
    })
  }
  if (jsonNestingDepth(text) > INPUT_LIMITS.maxDocumentDepth * 2 + 16) {
    return tooDeep(t('startupMain.limits.theArticle'), INPUT_LIMITS.maxDocumentDepth)
  }
  return null
}
