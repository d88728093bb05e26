import type { ArticleSummary } from '@shared/article/Article'

function words(text: string): string[] {
  return text
    .normalize('NFKD')
    .replace(/\p{M}+/gu, '')
    .toLowerCase()
    .split(/[^\p{L}\p{N}]+/u)
    .filter(Boolean)
}

/**
 * A quick search over what the list already knows (title, first line, category, tags), used
 * while the full-text index is still loading: every word of the query must start a word there.
 */
export function matchSummaries(query: string, summaries: Iterable<ArticleSummary>): Set<string> {
  const terms = words(query)
  const matches = new Set<string>()
  for (const s of summaries) {
    const known = words(`${s.title} ${s.firstLine} ${s.category} ${s.tags.join(' ')}`)
    if (terms.every((t) => known.some((w) => w.startsWith(t)))) matches.add(s.id)
  }
  return matches
}
