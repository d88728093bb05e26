import { t } from '../i18n/i18n'
import { formatNumber } from '../format/localeFormat'
import { INPUT_LIMITS, type LimitProblem } from './inputLimits'

/** JSON levels a request may nest: a document at its deepest (two per node), and some room. */
const MAX_INPUT_DEPTH = INPUT_LIMITS.maxDocumentDepth * 2 + 16

/**
 * Walks a request's parsed JSON without recursion and says why it is over the limits (nested
 * deeper than a document may be, or more than twice {@link INPUT_LIMITS.maxNodes} objects: a
 * document node is an object plus its marks); null when it is within them. Runs before any
 * recursive schema sees the request, so no input can exhaust the stack.
 */
export function checkJsonLimits(value: unknown): LimitProblem {
  const stack: [unknown, number][] = [[value, 1]]
  let objects = 0
  while (stack.length > 0) {
    const [current, depth] = stack.pop() as [unknown, number]
    if (current === null || typeof current !== 'object') continue
    if (depth > MAX_INPUT_DEPTH) {
      return t('startupMain.limits.tooDeep', {
        what: t('startupMain.limits.thisDocument'),
        levels: INPUT_LIMITS.maxDocumentDepth,
      })
    }
    const children = Array.isArray(current) ? current : Object.values(current)
    // Counted before walking them: a million paragraphs are refused without visiting each.
    objects += 1 + children.length
    if (objects > INPUT_LIMITS.maxNodes * 2) {
      return t('startupMain.limits.tooMany', {
        what: t('startupMain.limits.thisDocument'),
        limit: formatNumber(INPUT_LIMITS.maxNodes),
      })
    }
    for (const child of children) {
      if (child !== null && typeof child === 'object') stack.push([child, depth + 1])
    }
  }
  return null
}
