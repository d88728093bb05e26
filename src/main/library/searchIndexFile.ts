import { open } from 'node:fs/promises'
import { writeFileAtomic } from './atomicWrite'
import { SearchIndex } from './SearchIndex'

/**
 * Reads the saved full-text index as it streams from disk, never holding the whole file as one
 * string. Returns null when it is missing, damaged or outdated: it is a cache, so the caller
 * rebuilds it from the articles.
 */
export async function readSearchIndexFile(path: string): Promise<SearchIndex | null> {
  let file
  try {
    file = await open(path, 'r')
  } catch {
    return null
  }
  try {
    return await SearchIndex.read(file.readLines({ encoding: 'utf8' }))
  } catch {
    return null
  } finally {
    await file.close().catch(() => undefined)
  }
}

/** Saves the full-text index atomically. */
export async function writeSearchIndexFile(path: string, index: SearchIndex): Promise<void> {
  await writeFileAtomic(path, await index.serialize())
}
