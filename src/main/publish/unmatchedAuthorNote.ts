import { t } from '@shared/i18n/i18n'

/** Who a new post gets as its author when the article's author is no user of the site. */
export type DefaultAuthor = 'publishing account' | 'site owner'

/**
 * The plan's sentence when the article names an author whom no user of the site matches
 * (`findUser` is the site's own lookup, answering null for no match): the post then keeps the
 * author it has, or a new one gets the site's default author. Empty when there is nothing to
 * say.
 */
export async function unmatchedAuthorNote(
  author: string,
  post: { existing: boolean; defaultAuthor: DefaultAuthor },
  findUser: (name: string) => Promise<unknown>,
): Promise<string> {
  const name = author.trim()
  if (name === '' || (await findUser(name)) !== null) return ''
  if (post.existing) return t('siteAuthor.unmatchedKeeps', { author: name })
  const key = post.defaultAuthor === 'site owner' ? 'unmatchedOwner' : 'unmatchedPublisher'
  return t(`siteAuthor.${key}`, { author: name })
}
