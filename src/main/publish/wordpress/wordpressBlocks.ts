/** Core blocks whose content the editor holds as it is: text, headings, lists, quotes, images. */
const PLAIN_BLOCKS = new Set([
  'paragraph',
  'heading',
  'list',
  'list-item',
  'quote',
  'image',
  'table',
  'code',
  'preformatted',
  'separator',
  'freeform',
])

/**
 * The block types of a post body (Gutenberg `<!-- wp:name -->` comments) that the editor has no
 * node for, such as galleries, embeds, columns and buttons: what an edited body would flatten.
 */
export function foreignBlocks(raw: string): string[] {
  const names = new Set<string>()
  for (const match of raw.matchAll(/<!--\s+wp:([a-z0-9-]+(?:\/[a-z0-9-]+)?)/g)) {
    const name = (match[1] ?? '').replace(/^core\//, '')
    if (!PLAIN_BLOCKS.has(name)) names.add(name)
  }
  return [...names]
}

/** True when the body carries block markup at all. */
export function hasBlocks(raw: string): boolean {
  return /<!--\s+wp:/.test(raw)
}
