import type { DocNode } from '../article/Article'

/**
 * A document showing one node or mark, and what the renderers must write for it. Each
 * definition carries one; `documentNodes.test.ts`, `documentMarks.test.ts` and the editor's
 * `createDocumentExtensions.test.ts` check every one, so a new node is tested from its own file.
 */
export interface NodeExample {
  doc: DocNode
  html: string
  markdown: string
  /** False for what Markdown cannot carry (review comments): parsing gives the text only. */
  roundTrips?: boolean
}
