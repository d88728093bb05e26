import { t } from '@shared/i18n/i18n'
import type { ArticleFile } from '@shared/article/Article'
import { slugify } from '@shared/article/slugify'

const TITLE_MAX = 1000

/**
 * A copy of an article under a new id: "<title> (copy)" in the current language, back to draft, a slug of its own
 * (two articles must not publish to one address), no comments, a fresh history.
 */
export function duplicateArticleFile(source: ArticleFile, id: string, now: Date): ArticleFile {
  const at = now.toISOString()
  const base = source.meta.title.trim() || t('libraryMain.untitled')
  const room = TITLE_MAX - t('libraryMain.copyTitle', { title: '' }).length
  const title = t('libraryMain.copyTitle', { title: base.slice(0, room) })
  return {
    schema: source.schema,
    meta: {
      ...source.meta,
      id,
      title,
      slug: slugify(title),
      slugLocked: false,
      status: 'draft',
      createdAt: at,
      updatedAt: at,
    },
    doc: structuredClone(source.doc),
    comments: [],
    history: [],
    publications: {},
  }
}
