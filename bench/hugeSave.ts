import { mkdtempSync, rmSync } from 'node:fs'
import { tmpdir } from 'node:os'
import { join } from 'node:path'
import { LibraryService } from '../src/main/library/LibraryService'
import type { BenchRow } from './BenchRow'
import { hugeSaves } from './library'

/**
 * Autosaves of a 200,000-word article in an otherwise empty library: the library suite's
 * case alone, quick enough to run before and after a change to the save path.
 */
export async function runHugeSaveBench(): Promise<BenchRow[]> {
  const root = mkdtempSync(join(tmpdir(), 'copydesk-bench-'))
  try {
    const library = await LibraryService.open({ root })
    // As in the app, where search is loaded soon after open: each save re-indexes the text.
    library.list({ query: 'report' })
    await library.whenSearchReady()
    const rows = await hugeSaves(library)
    await library.close()
    return rows
  } finally {
    rmSync(root, { recursive: true, force: true })
  }
}
