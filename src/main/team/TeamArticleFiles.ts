import { existsSync } from 'node:fs'
import { mkdir, readFile } from 'node:fs/promises'
import { basename } from 'node:path'
import type { Schema } from '@tiptap/pm/model'
import * as Y from 'yjs'
import { readArticleFromYDoc } from '@shared/team/readArticleFromYDoc'
import { writeFilesAtomic } from '../library/atomicWrite'
import { KeyedMutex } from '../library/KeyedMutex'
import type { LibraryPaths } from '../library/LibraryPaths'

/** The Yjs state of a team article, beside its article.json; its presence marks a team article. */
export const TEAM_STATE_FILE = 'team.ydoc'

/**
 * A team article on disk: its whole Yjs state (what lets the app work offline and resend what the
 * server lacks) and the article.json derived from it (what preview, search and publishing read),
 * both written atomically, one save at a time per article, state first.
 */
export class TeamArticleFiles {
  private readonly mutex = new KeyedMutex()

  constructor(
    private readonly paths: LibraryPaths,
    private readonly schema: Schema,
  ) {}

  stateFile(id: string): string {
    return `${this.paths.articleDir(id)}/${TEAM_STATE_FILE}`
  }

  /** True when the article in this folder belongs to the team. */
  isTeamArticle(id: string): boolean {
    return existsSync(this.stateFile(id))
  }

  /** Applies the saved state of `id` to `doc`; false when there is none yet. */
  async load(id: string, doc: Y.Doc): Promise<boolean> {
    if (!this.isTeamArticle(id)) return false
    Y.applyUpdate(doc, new Uint8Array(await readFile(this.stateFile(id))), this)
    return true
  }

  /** Writes the state of `doc` and the article.json derived from it, both as they are now. */
  save(id: string, doc: Y.Doc): Promise<void> {
    return this.mutex.run(id, async () => {
      const state = Y.encodeStateAsUpdate(doc)
      const article = `${JSON.stringify(readArticleFromYDoc(doc, id, this.schema), null, 2)}\n`
      const dir = this.paths.articleDir(id)
      await mkdir(dir, { recursive: true })
      await writeFilesAtomic(dir, [
        [TEAM_STATE_FILE, state],
        [basename(this.paths.articleFile(id)), article],
      ])
    })
  }

  /** Resolves once every save queued so far is on disk. */
  idle(): Promise<void> {
    return this.mutex.idle()
  }
}
