import { PublishError } from '../PublishError'
import type { WordPressClient } from './WordPressClient'

interface WordPressUser {
  id: number
  name: string
  slug: string
  username?: string
}

const same = (a: string, b: string) => a.localeCompare(b, undefined, { sensitivity: 'base' }) === 0

/**
 * The id of the site's user the article's author names: by display name, username or slug,
 * ignoring case and accents. Null when the author is empty or no user matches (WordPress then
 * keeps the post's author as it is: the account publishing, for a new post).
 */
export async function findAuthorId(
  client: WordPressClient,
  author: string,
): Promise<number | null> {
  const name = author.trim()
  if (name === '') return null
  let data: WordPressUser[]
  try {
    data = (
      await client.get<WordPressUser[]>('/wp/v2/users', {
        action: 'readUsers',
        query: { search: name, context: 'edit', per_page: 100, _fields: 'id,name,slug,username' },
      })
    ).data
  } catch (error) {
    // An account that may not list users (a contributor) publishes as itself.
    if (error instanceof PublishError && error.kind === 'auth') return null
    throw error
  }
  const user = data.find((u) => [u.name, u.slug, u.username ?? ''].some((n) => same(n, name)))
  return user?.id ?? null
}
