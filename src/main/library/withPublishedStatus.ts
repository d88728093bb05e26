import type { ArticleFile } from '@shared/article/Article'

/** Published while some site shows the article; back to approved once none does. */
export function withPublishedStatus(file: ArticleFile, by: string, now: Date): ArticleFile {
  const live = Object.values(file.publications).some((r) => r.state === 'published')
  const from = file.meta.status
  const to = live ? 'published' : from === 'published' ? 'approved' : from
  if (to === from) return file
  return {
    ...file,
    meta: { ...file.meta, status: to },
    history: [...file.history, { from, to, by, at: now.toISOString() }],
  }
}
