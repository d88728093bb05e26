import type { DocNode } from '../../src/shared/article/Article'

const FILLER = 'The harbour authority confirmed the new berths will open in spring. '.repeat(30)

/**
 * The document of save number `n`: n in the first paragraph, then enough text (≈ 40 KB) that
 * a write takes long enough for kills to land in the middle of it.
 */
export function crashDoc(n: number): DocNode {
  const content: DocNode[] = [
    { type: 'paragraph', content: [{ type: 'text', text: `counter ${n}` }] },
  ]
  for (let i = 0; i < 20; i++) {
    content.push({ type: 'paragraph', content: [{ type: 'text', text: `${n}.${i} ${FILLER}` }] })
  }
  return { type: 'doc', content }
}

/** The save number a document was written by, or null when it is not a crash-test document. */
export function crashCounter(doc: DocNode): number | null {
  const match = /^counter (\d+)$/.exec(doc.content?.[0]?.content?.[0]?.text ?? '')
  return match ? Number(match[1]) : null
}
