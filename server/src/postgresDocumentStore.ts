import { Database } from '@hocuspocus/extension-database'
import type pg from 'pg'

/** Creates the documents table when missing (one row per article, its whole Yjs state). */
export async function preparePostgresDocuments(pool: pg.Pool): Promise<void> {
  await pool.query(`CREATE TABLE IF NOT EXISTS copydesk_documents (
    name TEXT PRIMARY KEY, data BYTEA NOT NULL, updated_at TIMESTAMPTZ NOT NULL DEFAULT now())`)
}

/** Hocuspocus' Database extension storing each article's Yjs state in PostgreSQL. */
export function postgresDocumentStore(pool: pg.Pool): Database {
  return new Database({
    fetch: async ({ documentName }) => {
      const result = await pool.query<{ data: Buffer }>(
        'SELECT data FROM copydesk_documents WHERE name = $1',
        [documentName],
      )
      const row = result.rows[0]
      return row ? new Uint8Array(row.data) : null
    },
    store: async ({ documentName, state }) => {
      await pool.query(
        `INSERT INTO copydesk_documents (name, data) VALUES ($1, $2)
         ON CONFLICT (name) DO UPDATE SET data = EXCLUDED.data, updated_at = now()`,
        [documentName, state],
      )
    },
  })
}
