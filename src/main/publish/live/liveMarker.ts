import type { ArticleDoc } from '@shared/article/Article'
import { plainText } from '@shared/render/plainText'
import { wordsOf } from './wordsOf'

/** Words enough to be distinctive, few enough to sit inside one paragraph of the page. */
const MARKER_WORDS = 12

/**
 * A fragment of the article's text to look for on the public page: a run of words from its
 * longest paragraph (the title when the body is empty). Only letters and digits count, so a
 * generator's typography (curly quotes, dashes, entities) cannot hide it.
 */
export function liveMarker(article: { meta: { title: string }; doc: ArticleDoc }): string {
  const blocks = plainText(article.doc)
    .split('\n')
    .map(wordsOf)
    .filter((words) => words.length > 0)
  const longest = blocks.reduce<string[]>((a, b) => (b.length > a.length ? b : a), [])
  const words = longest.length > 0 ? longest : wordsOf(article.meta.title)
  return words.slice(0, MARKER_WORDS).join(' ')
}
