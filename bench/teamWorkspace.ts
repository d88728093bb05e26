import { mkdirSync } from 'node:fs'
import { join } from 'node:path'
import { schema as documentsTable } from '@hocuspocus/extension-sqlite'
import Database from 'better-sqlite3'
import * as Y from 'yjs'
import { documentSchema } from '../server/src/documentSchema'
import { SqliteTeamDirectory } from '../server/src/SqliteTeamDirectory'
import { newArticleFile } from '../src/main/library/newArticleFile'
import { writeArticleToYDoc } from '../src/shared/team/writeArticleToYDoc'
import { newsDoc } from './newsDoc'

/** The Yjs state of a team article with `words` words of news text. */
export function teamArticleState(id: string, words: number): Uint8Array {
  const file = { ...newArticleFile(id, `Article ${id}`, new Date()), doc: newsDoc(words) }
  const doc = new Y.Doc()
  writeArticleToYDoc(file, doc, documentSchema())
  return Y.encodeStateAsUpdate(doc)
}

/**
 * Writes a team server's SQLite store with `count` articles of `words` words, plus `extra`
 * articles given by state, straight into the data folder (the fixture, not measured).
 */
export async function seedTeamWorkspace(
  dataDir: string,
  count: number,
  words: number,
  extra: Record<string, Uint8Array> = {},
): Promise<string[]> {
  mkdirSync(dataDir, { recursive: true })
  const file = join(dataDir, 'copydesk.sqlite')
  const directory = new SqliteTeamDirectory(file)
  const db = new Database(file)
  db.exec(documentsTable)
  const insert = db.prepare('INSERT INTO documents (name, data) VALUES (?, ?)')
  const ids: string[] = []
  const template = teamArticleState('bench-template', words)
  const all: [string, Uint8Array][] = [
    ...Array.from(
      { length: count },
      (_, i) => [`bench-article-${i}`, template] as [string, Uint8Array],
    ),
    ...Object.entries(extra),
  ]
  db.transaction(() => {
    for (const [id, state] of all) insert.run(id, Buffer.from(state))
  })()
  for (const [id] of all) {
    await directory.putArticle({
      id,
      title: id,
      status: 'draft',
      updatedAt: new Date().toISOString(),
    })
    ids.push(id)
  }
  db.close()
  await directory.close()
  return ids
}
