/**
 * Reads a `style` attribute into lower-cased property → value pairs. Hand-rolled rather than
 * `element.style` because Word's `mso-*` properties are unknown to the CSS parser and dropped.
 */
export function parseInlineStyle(style: string | null): Map<string, string> {
  const declarations = new Map<string, string>()
  if (!style) return declarations
  for (const declaration of style.split(';')) {
    const colon = declaration.indexOf(':')
    if (colon < 0) continue
    const property = declaration.slice(0, colon).trim().toLowerCase()
    const value = declaration
      .slice(colon + 1)
      .trim()
      .toLowerCase()
    if (property !== '') declarations.set(property, value)
  }
  return declarations
}
