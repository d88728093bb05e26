import { open } from 'node:fs/promises'
import { writeFileAtomic } from './atomicWrite'
import { SearchIndex } from './SearchIndex'

/** Bytes read from disk at a time: a few milliseconds of parsing each. */
const READ_CHUNK_BYTES = 256 * 1024

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
    const chunks = file.createReadStream({ encoding: 'utf8', highWaterMark: READ_CHUNK_BYTES })
    return await SearchIndex.read(chunks as AsyncIterable<string>)
  } catch {
    return null
  } finally {
    await file.close().catch(() => undefined)
  }
}

/** Saves the full-text index atomically, writing it as it is made, a chunk at a time. */
export async function writeSearchIndexFile(path: string, index: SearchIndex): Promise<void> {
  await writeFileAtomic(path, index.chunks())
}
