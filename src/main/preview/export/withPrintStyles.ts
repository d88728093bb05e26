/**
 * Page rules for printing a review copy to PDF: every page, not only the first, keeps a margin
 * (the site's own CSS sets none, as a screen page needs none), and the footer, images and a
 * heading's first lines are not split from what they belong with, so a last page never holds
 * the footer alone.
 */
export const PRINT_CSS = `@page { margin: 18mm 16mm; }
@media print {
  h1, h2, h3, h4 { break-after: avoid; }
  img, figure, blockquote, tr { break-inside: avoid; }
  footer, [role="contentinfo"] { break-before: avoid; break-inside: avoid; }
  p { orphans: 3; widows: 3; }
}`

/** Adds {@link PRINT_CSS} to a whole HTML document, after its own styles so it wins. */
export function withPrintStyles(html: string): string {
  const style = `<style data-copydesk-print>${PRINT_CSS}</style>`
  const end = html.search(/<\/head\s*>/i)
  return end < 0 ? `${style}${html}` : `${html.slice(0, end)}${style}${html.slice(end)}`
}
