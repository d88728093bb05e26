import { renameElement } from './renameElement'

const HEADINGS = 'h1, h2, h3, h4, h5, h6'

/**
 * Articles use H2–H4 (the title is the H1). Pasted headings keep their hierarchy: the highest
 * level present becomes H2, the next H3, anything deeper H4 — so Word's "Heading 1 / Heading 2"
 * and a web page's h2/h3 both land as H2/H3. Content copied from a ProseMirror editor
 * (`keepLevels`) already uses our levels and is only clamped into H2–H4.
 */
export function mapHeadingLevels(root: Element, keepLevels = false): void {
  const headings = Array.from(root.querySelectorAll(HEADINGS))
  const levelOf = (heading: Element) => Number(heading.tagName.slice(1))
  const present = [...new Set(headings.map(levelOf))].sort((a, b) => a - b)
  for (const heading of headings) {
    const level = levelOf(heading)
    const target = keepLevels
      ? Math.min(Math.max(level, 2), 4)
      : Math.min(2 + present.indexOf(level), 4)
    if (target !== level) renameElement(heading, `h${target}`)
  }
}
