import { t } from '@shared/i18n/i18n'
import { readdir, readFile, unlink } from 'node:fs/promises'
import { join } from 'node:path'
import { docText } from '@shared/article/docText'
import type { LibraryPaths } from './LibraryPaths'
import { parseArticleFile } from './parseArticleFile'
import type { RevisionStore } from './RevisionStore'
import { summarizeArticle } from './summarizeArticle'

/**
 * Names sync tools give the other side of a conflict: Dropbox and Nextcloud
 * (`article (Ana's conflicted copy 2026-12-04).json`), Syncthing
 * (`article.sync-conflict-20261204-101500-ABCDEFG.json`), Google Drive, Resilio and others
 * (`article (conflict …).json`).
 */
const CONFLICT_COPY = /^article\b.*conflict.*\.json$/i

/**
 * Takes in the conflicted copies a sync tool left beside an article: each readable one becomes
 * a revision (reason `conflict`) and its file is removed once the revision is on disk. A copy
 * that cannot be read yet (still being written) stays for the next check. Returns one notice
 * per copy taken in. With `only`, takes in that one copy alone. Callers hold the article's lock.
 */
export async function importConflictCopies(
  paths: LibraryPaths,
  id: string,
  revisions: RevisionStore,
  now: Date,
  only?: string,
): Promise<string[]> {
  let names: string[]
  try {
    names = (await readdir(paths.articleDir(id))).filter(
      (name) => CONFLICT_COPY.test(name) && (only === undefined || name === only),
    )
  } catch {
    return []
  }
  const notices: string[] = []
  for (const name of names) {
    const path = join(paths.articleDir(id), name)
    let file
    try {
      file = parseArticleFile(await readFile(path, 'utf8')).file
    } catch {
      continue
    }
    const copy = { ...file, meta: { ...file.meta, id } }
    const words = summarizeArticle(copy, docText(copy.doc)).wordCount
    await revisions.add(copy, 'conflict', words, now)
    await unlink(path).catch(() => undefined)
    const title = copy.meta.title.trim() || t('libraryMain.untitled')
    notices.push(t('libraryMain.syncCopy', { title }))
  }
  return notices
}
