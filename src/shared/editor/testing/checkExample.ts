import { Node } from '@tiptap/pm/model'
import { expect } from 'vitest'
import { parseMarkdown } from '../../render/markdown/parseMarkdown'
import { renderHtml } from '../../render/html/renderHtml'
import { renderMarkdown } from '../../render/markdown/renderMarkdown'
import type { NodeExample } from '../NodeExample'
import { documentSchema } from '../schema'

/**
 * Checks one example: the schema accepts it, both renderers write what is expected, and the
 * Markdown reads back into the same document.
 */
export function checkExample({ doc, html, markdown, roundTrips = true }: NodeExample): void {
  expect(() => Node.fromJSON(documentSchema(), doc).check()).not.toThrow()
  expect(renderHtml(doc)).toBe(html)
  expect(renderMarkdown(doc)).toBe(markdown)
  if (roundTrips) expect(parseMarkdown(markdown)).toEqual(doc)
}
