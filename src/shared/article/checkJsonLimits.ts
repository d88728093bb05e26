import { MAX_DOC_NODES, MAX_INPUT_DEPTH, TOO_DEEP_MESSAGE, TOO_MANY_NODES_MESSAGE } from './limits'

/**
 * Walks parsed JSON without recursion and returns the refusal when it is nested deeper than
 * {@link MAX_INPUT_DEPTH} or holds more than `maxObjects` (by default twice
 * {@link MAX_DOC_NODES}: a document node is an object plus its marks), else null. Runs before any recursive validation.
 */
export function checkJsonLimits(
  value: unknown,
  /** Most objects allowed; files already on disk are only checked for depth. */
  maxObjects: number = MAX_DOC_NODES * 2,
): string | null {
  const stack: [unknown, number][] = [[value, 1]]
  let objects = 0
  while (stack.length > 0) {
    const [current, depth] = stack.pop() as [unknown, number]
    if (current === null || typeof current !== 'object') continue
    if (depth > MAX_INPUT_DEPTH) return TOO_DEEP_MESSAGE
    const children = Array.isArray(current) ? current : Object.values(current)
    // Counted before walking them: a million paragraphs are refused without visiting each.
    objects += 1 + children.length
    if (objects > maxObjects) return TOO_MANY_NODES_MESSAGE
    for (const child of children) {
      if (child !== null && typeof child === 'object') stack.push([child, depth + 1])
    }
  }
  return null
}
