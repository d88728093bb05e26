import type { DocNode } from '../article/Article'

/** A string attribute, or null when missing or of another type (documents may be hand-made). */
export function attrString(node: DocNode, name: string): string | null {
  const value = node.attrs?.[name]
  return typeof value === 'string' ? value : null
}

/** A whole-number attribute within [min, max], or null. Strings of digits count (HTML habits). */
export function attrInt(node: DocNode, name: string, min: number, max: number): number | null {
  const raw = node.attrs?.[name]
  const value = typeof raw === 'string' && /^\d{1,9}$/.test(raw) ? Number(raw) : raw
  if (typeof value !== 'number' || !Number.isInteger(value)) return null
  return value < min || value > max ? null : value
}

/** The children of a node; anything that is not an array counts as none. */
export function childrenOf(node: DocNode): DocNode[] {
  return Array.isArray(node.content) ? node.content : []
}

/** The text of a text node; anything that is not a string counts as empty. */
export function textOf(node: DocNode): string {
  return typeof node.text === 'string' ? node.text : ''
}
