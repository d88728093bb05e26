import type { ArticleMeta, DocNode } from '../article/Article'

/** FNV-1a over UTF-16 code units, with a given offset basis. */
function fnv1a(text: string, basis: number): number {
  let hash = basis
  for (let i = 0; i < text.length; i++) {
    hash ^= text.charCodeAt(i)
    hash = Math.imul(hash, 0x01000193)
  }
  return hash >>> 0
}

/**
 * A fingerprint of everything of an article that publishing sends (title, body and the
 * details a site shows), not of its status or bookkeeping. Equal fingerprints mean the site
 * has what the article says; it is pure, so main and the renderer agree on it.
 */
export function articleSourceHash(meta: ArticleMeta, doc: DocNode): string {
  const text = JSON.stringify([
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
    doc,
  ])
  // Two independent 32-bit hashes: a chance collision would hide a change from the writer.
  const a = fnv1a(text, 0x811c9dc5).toString(16).padStart(8, '0')
  const b = fnv1a(text, 0x050c5d1f).toString(16).padStart(8, '0')
  return `${a}${b}`
}

/** True when a live publication was made from a different version of the article. */
export function changedSincePublish(
  publications: Record<string, { state: string; sourceHash?: string | undefined }>,
  meta: ArticleMeta,
  doc: DocNode,
): boolean {
  const live = Object.values(publications).filter(
    (r) => (r.state === 'published' || r.state === 'scheduled') && r.sourceHash !== undefined,
  )
  if (live.length === 0) return false
  const current = articleSourceHash(meta, doc)
  return live.some((r) => r.sourceHash !== current)
}

/**
 * True when an approved (or since published) article was edited after the approval: its
 * content no longer has the fingerprint the reviewer approved.
 */
export function changedSinceApproval(
  approval: { sourceHash: string } | null | undefined,
  meta: ArticleMeta,
  doc: DocNode,
): boolean {
  if (!approval || (meta.status !== 'approved' && meta.status !== 'published')) return false
  return articleSourceHash(meta, doc) !== approval.sourceHash
}
