import type { RemovedUrls } from '@shared/safety/RemovedUrls'
import { cleaningPasses, purifyPastedHtml } from './cleanPastedHtml'

/** As DOMPurify finds it before parsing a string: the parser would drop it. */
const LEADING_WHITESPACE = /^[\r\n\t ]+/

/** Options of {@link cleanPastedHtmlInSteps}. */
export interface CleanInStepsOptions {
  /** Top-level nodes DOMPurify cleans in one step. */
  nodesPerStep?: number
  /** Sees the pasted HTML as parsed, before any cleaning, so no one parses it a second time. */
  onParsed?: (body: HTMLElement) => void
}

/**
 * {@link cleanPastedHtml} for a long paste, in steps with `between()` awaited before each, so
 * no step holds the window long: the HTML is parsed once, as DOMPurify parses a string (a
 * DOMParser document runs and loads nothing), DOMPurify then cleans its top-level nodes
 * `nodesPerStep` at a time, and each later pass gets a step of its own. DOMPurify judges every
 * node within its own subtree, so the result is the very HTML cleanPastedHtml returns (the
 * tests compare the two). A paste that is one big wrapper element is still one step. Returns
 * the cleaned content's root element, whose `innerHTML` that HTML is.
 */
export async function cleanPastedHtmlInSteps(
  html: string,
  removed: RemovedUrls,
  between: () => Promise<void>,
  { nodesPerStep = 1000, onParsed }: CleanInStepsOptions = {},
): Promise<Element> {
  const parsed = new DOMParser().parseFromString(html, 'text/html')
  onParsed?.(parsed.body)
  const whitespace = LEADING_WHITESPACE.exec(html)?.[0]
  if (whitespace) parsed.body.prepend(parsed.createTextNode(whitespace))
  const nodes = Array.from(parsed.body.childNodes)
  let root: Element | null = null
  for (let from = 0; from < nodes.length || root === null; from += nodesPerStep) {
    await between()
    const part = parsed.createDocumentFragment()
    part.append(...nodes.slice(from, from + nodesPerStep))
    const clean = purifyPastedHtml(part)
    if (root === null) root = clean
    else root.append(...Array.from(clean.childNodes))
  }
  for (const pass of cleaningPasses(root, removed)) {
    await between()
    pass()
  }
  return root
}
