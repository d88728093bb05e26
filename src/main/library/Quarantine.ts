import { t } from '@shared/i18n/i18n'
import { mkdir, readFile, rename } from 'node:fs/promises'
import { join } from 'node:path'
import { z } from 'zod'
import { QuarantineNoticeSchema, type QuarantineNotice } from '@shared/ipc/contract'
import { writeFileAtomic } from './atomicWrite'
import type { LibraryPaths } from './LibraryPaths'

const NoticesSchema = z.array(QuarantineNoticeSchema)

/**
 * Files that could not be used, moved aside to `quarantine/` so the rest of the library opens,
 * with a notice for each (what, why in plain words, where it went, when). Notices survive a
 * restart until the person dismisses them; the quarantined files stay until they remove them.
 */
export class Quarantine {
  private saving: Promise<unknown> = Promise.resolve()

  private constructor(
    private readonly paths: LibraryPaths,
    private notices: QuarantineNotice[],
    private readonly canWrite: () => boolean,
  ) {}

  /**
   * Opens the quarantine of a library, with the notices not yet dismissed. While `canWrite`
   * says no (the library is open read-only), files stay where they are and notices are kept
   * in memory only.
   */
  static async open(
    paths: LibraryPaths,
    canWrite: () => boolean = () => true,
  ): Promise<Quarantine> {
    let notices: QuarantineNotice[] = []
    try {
      const parsed = NoticesSchema.safeParse(JSON.parse(await readFile(paths.noticesFile, 'utf8')))
      if (parsed.success) notices = parsed.data
    } catch {
      // No notices yet, or a damaged list: starting empty loses nothing the files do not show.
    }
    return new Quarantine(paths, notices, canWrite)
  }

  list(): QuarantineNotice[] {
    return [...this.notices]
  }

  /**
   * Moves an article's unusable article.json aside and records why. When it cannot be moved
   * (another program holds it), it stays where it is, the notice says so, and the article is
   * still left out of the library.
   */
  async add(articleId: string, reason: string, at: Date): Promise<QuarantineNotice> {
    const from = this.paths.articleFile(articleId)
    const name = `${at.toISOString().replace(/[:.]/g, '-')}-${articleId}-article.json`
    const to = join(this.paths.quarantineDir, name)
    let movedTo = this.paths.display(to)
    let why = reason
    try {
      if (!this.canWrite()) throw new Error('read-only')
      await mkdir(this.paths.quarantineDir, { recursive: true })
      await rename(from, to)
    } catch {
      movedTo = this.paths.display(from)
      why = t('libraryMain.quarantine.notMoved', { reason })
    }
    const notice: QuarantineNotice = {
      file: this.paths.display(from),
      reason: why,
      movedTo,
      at: at.toISOString(),
    }
    const known = this.notices.some((n) => n.file === notice.file && n.reason === notice.reason)
    if (!known) {
      this.notices = [...this.notices, notice]
      await this.save().catch(() => undefined)
    }
    return notice
  }

  /**
   * Records an article that cannot be read at all (no permission): nothing is moved, the
   * article is left out of the library and the notice says why.
   */
  async report(articleId: string, reason: string, at: Date): Promise<QuarantineNotice> {
    const file = this.paths.display(this.paths.articleFile(articleId))
    const notice: QuarantineNotice = {
      file,
      reason: t('libraryMain.quarantine.leftOut', { reason }),
      movedTo: file,
      at: at.toISOString(),
    }
    const known = this.notices.some((n) => n.file === file && n.reason === notice.reason)
    if (!known) {
      this.notices = [...this.notices, notice]
      await this.save().catch(() => undefined)
    }
    return notice
  }

  /** Clears the notices (the quarantined files stay where they are). */
  async dismiss(): Promise<void> {
    this.notices = []
    await this.save()
  }

  /**
   * Ids of articles whose article.json is in quarantine: a sync tool may put a complete file
   * back a moment later, and then the article is let back in (see {@link readmitted}).
   */
  articleIds(): string[] {
    const ids = new Set<string>()
    for (const notice of this.notices) {
      const match = /^articles\/([^/]+)\/article\.json$/.exec(notice.file)
      if (match?.[1]) ids.add(match[1])
    }
    return [...ids]
  }

  /** Drops the notices of an article whose file became usable again. */
  async readmitted(articleId: string): Promise<void> {
    const file = this.paths.display(this.paths.articleFile(articleId))
    const kept = this.notices.filter((n) => n.file !== file)
    if (kept.length === this.notices.length) return
    this.notices = kept
    await this.save()
  }

  /**
   * Writes the notices, one write at a time and always the latest list: two overlapping
   * writes finishing out of order must not leave the older, shorter list on disk.
   */
  private save(): Promise<void> {
    const run = this.saving.then(async () => {
      if (!this.canWrite()) return
      await writeFileAtomic(this.paths.noticesFile, JSON.stringify(this.notices, null, 2))
    })
    this.saving = run.catch(() => undefined)
    return run
  }
}
