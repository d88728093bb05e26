import { readFile } from 'node:fs/promises'
import { writeFileAtomic } from './atomicWrite'
import { SearchIndex } from './SearchIndex'

/**
 * Reads the saved full-text index. Returns null when it is missing, damaged or outdated: it is
 * a cache, so the caller rebuilds it from the articles.
 */
export async function readSearchIndexFile(path: string): Promise<SearchIndex | null> {
  let text: string
  try {
    text = await readFile(path, 'utf8')
  } catch {
    return null
  }
  return SearchIndex.parse(text)
}

/** Saves the full-text index atomically. */
export async function writeSearchIndexFile(path: string, index: SearchIndex): Promise<void> {
  await writeFileAtomic(path, await index.serialize())
}
