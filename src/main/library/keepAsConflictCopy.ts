import { randomBytes } from 'node:crypto'
import { rename } from 'node:fs/promises'
import { dirname, join } from 'node:path'

/**
 * Renames a version of article.json that must not be lost (another program's, found where a
 * save was landing) to a conflicted-copy name beside it, which importConflictCopies takes in
 * as an “Other version” revision, with a notice, as it does the copies sync tools leave.
 * Returns the new name.
 */
export async function keepAsConflictCopy(path: string, now: Date = new Date()): Promise<string> {
  const when = now.toISOString().replace(/[:.]/g, '-')
  const name = `article (conflicted copy ${when} ${randomBytes(3).toString('hex')}).json`
  await rename(path, join(dirname(path), name))
  return name
}
