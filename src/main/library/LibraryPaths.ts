import { join, relative, sep } from 'node:path'

/** Where everything lives inside a library folder (see DESIGN.md, "Data on disk"). */
export class LibraryPaths {
  readonly articlesDir: string
  readonly trashDir: string
  readonly quarantineDir: string
  /** Cache of list rows; rebuildable from the article folders. */
  readonly indexFile: string
  /** Cache of the full-text index; rebuildable from the article folders. */
  readonly searchIndexFile: string
  readonly noticesFile: string
  /** Present while the library is open (see SessionMarker). */
  readonly sessionFile: string
  /** Names the one Copydesk that writes to this library (see LibraryLock). */
  readonly lockFile: string

  constructor(readonly root: string) {
    this.articlesDir = join(root, 'articles')
    this.trashDir = join(root, 'trash')
    this.quarantineDir = join(root, 'quarantine')
    this.indexFile = join(root, 'index.json')
    this.searchIndexFile = join(root, 'search-index.jsonl')
    this.noticesFile = join(this.quarantineDir, 'notices.json')
    this.sessionFile = join(root, 'session.json')
    this.lockFile = join(root, 'library.lock')
  }

  articleDir(id: string): string {
    return join(this.articlesDir, id)
  }

  articleFile(id: string): string {
    return join(this.articlesDir, id, 'article.json')
  }

  assetsDir(id: string): string {
    return join(this.articlesDir, id, 'assets')
  }

  revisionsDir(id: string): string {
    return join(this.articlesDir, id, 'revisions')
  }

  trashEntryDir(id: string): string {
    return join(this.trashDir, id)
  }

  trashInfoFile(id: string): string {
    return join(this.trashDir, id, 'trash.json')
  }

  /** A path inside the library as a person reads it in a notice: `articles/abc/article.json`. */
  display(path: string): string {
    return relative(this.root, path).split(sep).join('/')
  }
}
