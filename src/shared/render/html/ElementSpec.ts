import { escapeHtml } from '../escapeHtml'

/**
 * An element as ProseMirror's `DOMOutputSpec` array writes it: tag, attributes (null leaves one
 * out), then children (elements or text). The editor hands it to ProseMirror; the renderers
 * turn it into a string with {@link elementHtml}, so both write the same markup.
 */
export type ElementSpec = readonly [
  tag: string,
  attrs: Readonly<Record<string, string | number | null>>,
  ...children: (ElementSpec | string)[],
]

/** Elements that have no closing tag. */
const VOID = new Set(['img', 'br', 'hr'])

/** An element spec as HTML, every text and attribute value escaped. */
export function elementHtml(spec: ElementSpec | string): string {
  if (typeof spec === 'string') return escapeHtml(spec)
  const [tag, attrs, ...children] = spec
  let open = `<${tag}`
  for (const [name, value] of Object.entries(attrs)) {
    if (value !== null) open += ` ${name}="${escapeHtml(String(value))}"`
  }
  open += '>'
  return VOID.has(tag) ? open : `${open}${children.map(elementHtml).join('')}</${tag}>`
}
