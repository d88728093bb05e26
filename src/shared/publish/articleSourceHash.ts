import type { ArticleMeta, DocNode } from '../article/Article'

/** FNV-1a offset bases of the two independent hashes a fingerprint is made of. */
const BASIS_A = 0x811c9dc5
const BASIS_B = 0x050c5d1f

/** Two FNV-1a hashes over UTF-16 code units, in one pass over a text that may be megabytes. */
function fnv1aTwice(text: string): string {
  let a = BASIS_A
  let b = BASIS_B
  for (let i = 0; i < text.length; i++) {
    const code = text.charCodeAt(i)
    a = Math.imul(a ^ code, 0x01000193)
    b = Math.imul(b ^ code, 0x01000193)
  }
  const hex = (hash: number) => (hash >>> 0).toString(16).padStart(8, '0')
  return `${hex(a)}${hex(b)}`
}

/**
 * A fingerprint of everything of an article that publishing sends (title, body and the
 * details a site shows), not of its status or bookkeeping. Equal fingerprints mean the site
 * has what the article says; it is pure, so main and the renderer agree on it. Pass
 * `docJson` (`JSON.stringify(doc)`) when a save already has it: a long document is then not
 * serialised again.
 */
export function articleSourceHash(
  meta: ArticleMeta,
  doc: DocNode,
  docJson: string = JSON.stringify(doc),
): string {
  const details = JSON.stringify([
    meta.title,
    meta.slug,
    meta.excerpt,
    meta.category,
    meta.tags,
    meta.author,
    meta.publishDate,
    meta.featuredImage,
    meta.seoTitle,
    meta.seoDescription,
  ])
  // The same text as JSON.stringify([...details, doc]): the document is the array's last item.
  // Two independent 32-bit hashes: a chance collision would hide a change from the writer.
  return fnv1aTwice(`${details.slice(0, -1)},${docJson}]`)
}

/** The fingerprint of an article's current content, computed at most once however often asked. */
export type SourceHash = () => string

/** A {@link SourceHash} of `meta` and `doc` (see {@link articleSourceHash} for `docJson`). */
export function sourceHashOnce(meta: ArticleMeta, doc: DocNode, docJson?: string): SourceHash {
  let hash: string | undefined
  return () => (hash ??= articleSourceHash(meta, doc, docJson))
}

/** True when a live publication was made from a different version of the article. */
export function changedSincePublish(
  publications: Record<string, { state: string; sourceHash?: string | undefined }>,
  meta: ArticleMeta,
  doc: DocNode,
  current: SourceHash = sourceHashOnce(meta, doc),
): boolean {
  const live = Object.values(publications).filter(
    (r) => (r.state === 'published' || r.state === 'scheduled') && r.sourceHash !== undefined,
  )
  if (live.length === 0) return false
  const hash = current()
  return live.some((r) => r.sourceHash !== hash)
}

/**
 * True when an approved (or since published) article was edited after the approval: its
 * content no longer has the fingerprint the reviewer approved.
 */
export function changedSinceApproval(
  approval: { sourceHash: string } | null | undefined,
  meta: ArticleMeta,
  doc: DocNode,
  current: SourceHash = sourceHashOnce(meta, doc),
): boolean {
  if (!approval || (meta.status !== 'approved' && meta.status !== 'published')) return false
  return current() !== approval.sourceHash
}
