import { WordPressApiError } from './wordpressError'
import type { WordPressClient } from './WordPressClient'

export type Taxonomy = 'categories' | 'tags'

interface Term {
  id: number
  name: string
}

const PAGE = 100
const MAX_PAGES = 20

/** WordPress answers names HTML-escaped (`News &amp; Views`). */
export function decodeTermName(name: string): string {
  return name
    .replace(/&#0*39;|&#x0*27;/gi, "'")
    .replace(/&quot;/g, '"')
    .replace(/&lt;/g, '<')
    .replace(/&gt;/g, '>')
    .replace(/&amp;/g, '&')
}

const sameName = (a: string, b: string) =>
  a.trim().toLocaleLowerCase() === b.trim().toLocaleLowerCase()

/** Every term of a taxonomy, by name (for the pickers). */
export async function listTerms(client: WordPressClient, taxonomy: Taxonomy): Promise<string[]> {
  const names: string[] = []
  for (let page = 1; page <= MAX_PAGES; page++) {
    const { data, headers } = await client.get<Term[]>(`/wp/v2/${taxonomy}`, {
      action: taxonomy === 'categories' ? 'readCategories' : 'readTags',
      query: { per_page: PAGE, page, _fields: 'id,name', orderby: 'name' },
    })
    names.push(...data.map((term) => decodeTermName(term.name)))
    if (page >= Number(headers.get('x-wp-totalpages') ?? '1')) break
  }
  return names
}

/** The id of the term with this name (any case), or null. */
export async function findTerm(
  client: WordPressClient,
  taxonomy: Taxonomy,
  name: string,
): Promise<number | null> {
  const { data } = await client.get<Term[]>(`/wp/v2/${taxonomy}`, {
    action: taxonomy === 'categories' ? 'readCategories' : 'readTags',
    query: { search: name, per_page: PAGE, _fields: 'id,name' },
  })
  return data.find((term) => sameName(decodeTermName(term.name), name))?.id ?? null
}

async function createTerm(client: WordPressClient, taxonomy: Taxonomy, name: string) {
  try {
    const { data } = await client.post<Term>(`/wp/v2/${taxonomy}`, {
      action: taxonomy === 'categories' ? 'createCategories' : 'createTags',
      json: { name },
    })
    return data.id
  } catch (error) {
    // Created meanwhile (by a retry or someone else): WordPress names the existing term.
    const existing = (error as WordPressApiError).data as { term_id?: unknown } | undefined
    if (error instanceof WordPressApiError && error.code === 'term_exists') {
      if (typeof existing?.term_id === 'number') return existing.term_id
    }
    throw error
  }
}

/**
 * The ids of these terms on the site: known ones from the record, others found by name, and
 * missing ones created. Returns the ids in order and the updated name → id map.
 */
export async function ensureTerms(
  client: WordPressClient,
  taxonomy: Taxonomy,
  names: string[],
  known: Record<string, number>,
): Promise<{ ids: number[]; known: Record<string, number> }> {
  const map = { ...known }
  const ids: number[] = []
  for (const raw of names) {
    const name = raw.trim()
    if (!name) continue
    const key = Object.keys(map).find((k) => sameName(k, name))
    let id = key === undefined ? undefined : map[key]
    if (id === undefined) {
      id = (await findTerm(client, taxonomy, name)) ?? (await createTerm(client, taxonomy, name))
      map[name] = id
    }
    if (!ids.includes(id)) ids.push(id)
  }
  return { ids, known: map }
}
