import { REMOTE_SRC_ATTRIBUTE } from '@shared/editor/nodes/image'
import type { RemovedUrls } from '@shared/safety/RemovedUrls'
import { imageSourceKind, safeImageSrc, safeLinkHref } from '@shared/safety/urlPolicy'
import { BLOCK_TAGS, WRAPPER_TAGS } from './blockTags'
import { renameElement } from './renameElement'
import { unwrapElement } from './unwrapElement'

/** Elements the editor schema understands; everything else is unwrapped to its content. */
const KEPT = new Set(
  [
    'P H2 H3 H4 UL OL LI BLOCKQUOTE PRE CODE HR BR',
    'STRONG EM U S A IMG FIGURE FIGCAPTION TABLE THEAD TBODY TR TH TD',
  ]
    .join(' ')
    .split(' '),
)

const SYNONYMS: Record<string, string> = { B: 'strong', I: 'em', STRIKE: 's', DEL: 's', INS: 'u' }

const KEPT_ATTRIBUTES: Record<string, string[]> = {
  A: ['href'],
  IMG: ['src', 'alt', 'title'],
  TD: ['colspan', 'rowspan'],
  TH: ['colspan', 'rowspan'],
  OL: ['start'],
}

/** Google's `https://www.google.com/url?q=<target>` redirect wrapper, replaced by its target. */
function unwrapRedirect(href: string | null): string | null {
  if (!href || !/^https:\/\/www\.google\.com\/url\?/i.test(href)) return href
  try {
    return new URL(href).searchParams.get('q') ?? href
  } catch {
    return href
  }
}

function stripAttributes(element: Element): void {
  const kept = KEPT_ATTRIBUTES[element.tagName] ?? []
  for (const { name } of Array.from(element.attributes)) {
    if (name !== 'data-pm-slice' && !kept.includes(name)) element.removeAttribute(name)
  }
}

/**
 * A web image copied from the editor before it was downloaded names its address in
 * `data-remote-src` (never in `src`); the pasted image takes it back, as a web image.
 */
function takeRemoteSrc(img: Element): void {
  const remote = img.getAttribute(REMOTE_SRC_ATTRIBUTE)
  img.removeAttribute(REMOTE_SRC_ATTRIBUTE)
  if (img.hasAttribute('src') || imageSourceKind(remote) !== 'remote') return
  img.setAttribute('src', remote as string)
}

function normalizeElement(element: Element, removed: RemovedUrls): void {
  for (const child of Array.from(element.children)) normalizeElement(child, removed)
  let current = element
  const tag = current.tagName
  if (tag === 'A') {
    const href = unwrapRedirect(current.getAttribute('href'))
    const allowed = safeLinkHref(href?.trim())
    if (allowed === null) {
      if (href) removed.links++
      return unwrapElement(current)
    }
    current.setAttribute('href', allowed)
  }
  if (tag === 'IMG') takeRemoteSrc(current)
  if (tag === 'IMG' && safeImageSrc(current.getAttribute('src')) === null) {
    removed.images++
    return current.remove()
  }
  if (tag === 'CAPTION') {
    // A table caption has no place inside our tables; keep its words just above the table.
    const table = current.closest('table')
    current = renameElement(current, 'p')
    table?.before(current)
  } else if (WRAPPER_TAGS.has(tag)) {
    const holdsBlocks = Array.from(current.children).some((child) => BLOCK_TAGS.has(child.tagName))
    if (holdsBlocks) return unwrapElement(current)
    current = renameElement(current, 'p')
  } else if (SYNONYMS[tag]) {
    current = renameElement(current, SYNONYMS[tag])
  }
  if (!KEPT.has(current.tagName)) return unwrapElement(current)
  stripAttributes(current)
}

/**
 * Reduces pasted markup to what the editor schema knows: renames synonyms (`b` → `strong`),
 * turns layout `div`s into paragraphs, unwraps unknown elements (`span`, `font`, `sup`),
 * unwraps links with refused targets, drops images with refused sources (counting both in
 * `removed`), and strips every
 * attribute except link targets, image sources/alt/title, table spans and list starts.
 */
export function normalizeElements(
  root: Element,
  removed: RemovedUrls = { links: 0, images: 0 },
): void {
  for (const child of Array.from(root.children)) normalizeElement(child, removed)
}
