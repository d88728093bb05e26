import { t } from '@shared/i18n/i18n'
import { randomInt } from 'node:crypto'
import { mkdir, readdir, readFile, unlink } from 'node:fs/promises'
import { join } from 'node:path'
import { z } from 'zod'
import { storedArticleProblem } from '@shared/safety/inputLimits'
import { sanitizeArticleFile } from '@shared/safety/sanitizeDocument'
import type { ArticleFile } from '@shared/article/Article'
import {
  RevisionInfoSchema,
  RevisionSchema,
  type Revision,
  type RevisionInfo,
} from '@shared/ipc/contract'
import { AppError } from '../errors/AppError'
import { writeFileAtomic } from './atomicWrite'
import { assertInsideLibrary } from './isInsideLibrary'
import type { LibraryPaths } from './LibraryPaths'

type RevisionReason = RevisionInfo['reason']

const RevisionListSchema = z.array(RevisionInfoSchema)
const LIST_FILE = 'index.json'

/** Sortable, file-name-safe id: `20250314T093000123Z-k3f9`. */
function newRevisionId(at: Date): string {
  const stamp = at.toISOString().replace(/[-:.]/g, '')
  return `${stamp}-${randomInt(36 ** 4)
    .toString(36)
    .padStart(4, '0')}`
}

/** Which revisions to drop to stay within `max`: the oldest automatic ones first. */
export function revisionsToPrune(infos: readonly RevisionInfo[], max: number): RevisionInfo[] {
  const excess = infos.length - max
  if (excess <= 0) return []
  const autos = infos.filter((i) => i.reason === 'auto').slice(0, excess)
  if (autos.length === excess) return autos
  const others = infos.filter((i) => i.reason !== 'auto').slice(0, excess - autos.length)
  return [...autos, ...others]
}

/**
 * Snapshots of an article in `articles/<id>/revisions/`: one `<revId>.json` per snapshot plus
 * an `index.json` list (rebuilt from the snapshots when it is lost). Callers serialise calls
 * per article.
 */
export class RevisionStore {
  private readonly lists = new Map<string, RevisionInfo[]>()

  constructor(
    private readonly paths: LibraryPaths,
    private readonly maxRevisions: number,
  ) {}

  /** Revisions of an article, oldest first. */
  async list(id: string): Promise<RevisionInfo[]> {
    let infos = this.lists.get(id)
    if (!infos) {
      assertInsideLibrary(this.paths.root, this.paths.revisionsDir(id), 'revisionsFolder')
      infos = (await this.readList(id)) ?? (await this.rebuildList(id))
      this.lists.set(id, infos)
    }
    return infos
  }

  async get(id: string, revId: string): Promise<Revision> {
    if (!RevisionInfoSchema.shape.revId.safeParse(revId).success) {
      throw new AppError('not_found', t('libraryMain.versions.missing'))
    }
    const path = join(this.paths.revisionsDir(id), `${revId}.json`)
    assertInsideLibrary(this.paths.root, path, 'version')
    let text: string
    try {
      text = await readFile(path, 'utf8')
    } catch {
      throw new AppError('not_found', t('libraryMain.versions.gone'))
    }
    if (storedArticleProblem(text) !== null) {
      throw new AppError('io', t('libraryMain.versions.damaged'))
    }
    try {
      // A version is a stored document too: it shows and restores with allowed URLs only.
      const revision = RevisionSchema.parse(JSON.parse(text))
      return { ...revision, ...sanitizeArticleFile(revision).file }
    } catch (error) {
      throw new AppError('io', t('libraryMain.versions.damaged'), { cause: error })
    }
  }

  /**
   * Saves a snapshot of `file`, then drops the oldest ones beyond the limit. `docJson` is
   * `JSON.stringify(file.doc)` when the caller has it.
   */
  async add(
    file: ArticleFile,
    reason: RevisionReason,
    wordCount: number,
    at: Date,
    docJson: string = JSON.stringify(file.doc),
  ): Promise<RevisionInfo> {
    const id = file.meta.id
    const dir = this.paths.revisionsDir(id)
    assertInsideLibrary(this.paths.root, dir, 'revisionsFolder')
    const infos = [...(await this.list(id))]
    const info: RevisionInfo = {
      revId: newRevisionId(at),
      createdAt: at.toISOString(),
      reason,
      title: file.meta.title,
      wordCount,
    }
    const head = JSON.stringify({ info, meta: file.meta } satisfies Omit<Revision, 'doc'>)
    // As JSON.stringify({ info, meta, doc }), with the document's JSON the save already made.
    const revision = `${head.slice(0, -1)},"doc":${docJson}}`
    await mkdir(dir, { recursive: true })
    await writeFileAtomic(join(dir, `${info.revId}.json`), revision)
    infos.push(info)
    const pruned = new Set(revisionsToPrune(infos, this.maxRevisions).map((i) => i.revId))
    const kept = infos.filter((i) => !pruned.has(i.revId))
    await writeFileAtomic(join(dir, LIST_FILE), JSON.stringify(kept))
    this.lists.set(id, kept)
    for (const revId of pruned) await unlink(join(dir, `${revId}.json`)).catch(() => undefined)
    return info
  }

  /**
   * Snapshots after a save when it is due: always for a status change, otherwise when the last
   * snapshot is at least `intervalMs` old (at most one per stretch of editing).
   */
  async addIfDue(
    file: ArticleFile,
    reason: 'auto' | 'status',
    wordCount: number,
    at: Date,
    intervalMs: number,
    docJson?: string,
  ): Promise<RevisionInfo | null> {
    const last = (await this.list(file.meta.id)).at(-1)
    const age = last ? at.getTime() - Date.parse(last.createdAt) : Infinity
    if (reason !== 'status' && age < intervalMs) return null
    return this.add(file, reason, wordCount, at, docJson)
  }

  /** Forgets what is cached about an article whose folder moved. */
  forget(id: string): void {
    this.lists.delete(id)
  }

  /**
   * The list file, when it is usable and names every snapshot in the folder: a snapshot
   * written just before a crash cut off the list's update is not left out.
   */
  private async readList(id: string): Promise<RevisionInfo[] | null> {
    try {
      const dir = this.paths.revisionsDir(id)
      const parsed = RevisionListSchema.safeParse(
        JSON.parse(await readFile(join(dir, LIST_FILE), 'utf8')),
      )
      if (!parsed.success) return null
      const listed = new Set(parsed.data.map((info) => `${info.revId}.json`))
      const names = await readdir(dir)
      const unlisted = names.some((n) => n.endsWith('.json') && n !== LIST_FILE && !listed.has(n))
      return unlisted ? null : parsed.data
    } catch {
      return null
    }
  }

  /** Reads every snapshot's info when the list file is missing or damaged. */
  private async rebuildList(id: string): Promise<RevisionInfo[]> {
    let names: string[]
    try {
      names = await readdir(this.paths.revisionsDir(id))
    } catch {
      return []
    }
    const infos: RevisionInfo[] = []
    for (const name of names) {
      if (!name.endsWith('.json') || name === LIST_FILE) continue
      try {
        const text = await readFile(join(this.paths.revisionsDir(id), name), 'utf8')
        infos.push(RevisionSchema.parse(JSON.parse(text)).info)
      } catch {
        // A damaged snapshot is left out of the list; the others stay usable.
      }
    }
    return infos.sort((a, b) => (a.revId < b.revId ? -1 : a.revId > b.revId ? 1 : 0))
  }
}
