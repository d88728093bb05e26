const HTML_SPECIAL = /[&<>"']/g
const HAS_SPECIAL = /[&<>"']/
const REPLACEMENT: Record<string, string> = {
  '&': '&amp;',
  '<': '&lt;',
  '>': '&gt;',
  '"': '&quot;',
  "'": '&#39;',
}

/** Text or an attribute value as HTML: the five characters that can end either are escaped. */
export function escapeHtml(text: string): string {
  return HAS_SPECIAL.test(text) ? text.replace(HTML_SPECIAL, (c) => REPLACEMENT[c] ?? c) : text
}
