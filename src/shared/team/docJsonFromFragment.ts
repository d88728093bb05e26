import type { Schema } from '@tiptap/pm/model'
import * as Y from 'yjs'
import type { DocMarkType, DocNode, DocNodeType } from '../article/Article'
import { markNameOfFormat } from './markNameOfFormat'

type Marks = NonNullable<DocNode['marks']>

function marksOf(attributes: unknown, schema: Schema): Marks | undefined {
  if (attributes === null || typeof attributes !== 'object') return undefined
  const marks: Marks = []
  for (const [key, value] of Object.entries(attributes)) {
    // Checked against the schema on the next line, so the name is one the document knows.
    const type = markNameOfFormat(key) as DocMarkType
    if (!schema.marks[type] || value === null) continue
    const attrs = typeof value === 'object' ? (value as Record<string, unknown>) : undefined
    marks.push(attrs && Object.keys(attrs).length > 0 ? { type, attrs } : { type })
  }
  return marks.length > 0 ? marks : undefined
}

function textNodes(text: Y.XmlText, schema: Schema): DocNode[] {
  const nodes: DocNode[] = []
  for (const op of text.toDelta() as { insert: unknown; attributes?: unknown }[]) {
    // Embeds have no place in a ProseMirror text node; a hostile client could still send one.
    if (typeof op.insert !== 'string' || op.insert === '') continue
    const marks = marksOf(op.attributes, schema)
    nodes.push(marks ? { type: 'text', text: op.insert, marks } : { type: 'text', text: op.insert })
  }
  return nodes
}

function elementJson(element: Y.XmlElement, schema: Schema): DocNode | null {
  const type = schema.nodes[element.nodeName]
  if (!type || type.isText) return null
  const known = type.spec.attrs ?? {}
  const attrs: Record<string, unknown> = {}
  for (const [key, value] of Object.entries(element.getAttributes())) {
    if (key in known) attrs[key] = value
  }
  const content = childrenJson(element, schema)
  const node: DocNode = { type: type.name as DocNodeType }
  if (Object.keys(attrs).length > 0) node.attrs = attrs
  if (content.length > 0) node.content = content
  return node
}

function childrenJson(parent: Y.XmlFragment | Y.XmlElement, schema: Schema): DocNode[] {
  const content: DocNode[] = []
  for (const child of parent.toArray()) {
    if (child instanceof Y.XmlText) content.push(...textNodes(child, schema))
    else if (child instanceof Y.XmlElement) {
      const node = elementJson(child, schema)
      if (node) content.push(node)
    }
  }
  return content
}

function fitsSchema(node: DocNode, schema: Schema): boolean {
  try {
    schema.nodeFromJSON(node).check()
    return true
  } catch {
    return false
  }
}

/**
 * The ProseMirror JSON of an article body held in a Y.XmlFragment, read without a DOM and
 * without changing the Y.Doc. Nodes and marks the schema does not know are left out, and a
 * top-level block that does not fit the schema is dropped rather than failing the article:
 * a buggy or hostile client must not make an article unreadable for everyone.
 */
export function docJsonFromFragment(fragment: Y.XmlFragment, schema: Schema): DocNode {
  const blocks = childrenJson(fragment, schema)
  const doc: DocNode = { type: 'doc', content: blocks }
  if (fitsSchema(doc, schema)) return doc
  const kept = blocks.filter((block) => fitsSchema({ type: 'doc', content: [block] }, schema))
  const repaired: DocNode = { type: 'doc', content: kept }
  return fitsSchema(repaired, schema) ? repaired : { type: 'doc', content: [{ type: 'paragraph' }] }
}
