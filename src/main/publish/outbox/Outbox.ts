import { mkdir, readdir, rename, unlink } from 'node:fs/promises'
import { join } from 'node:path'
import type { OutboxProblem } from '@shared/publish/OutboxProblem'
import { isLeftoverTempFile, writeFileAtomic } from '../../library/atomicWrite'
import { importOutboxFile } from './importOutboxFile'
import { OUTBOX_SCHEMA_VERSION, QUARANTINE_FOLDER, type OutboxEntry } from './OutboxEntry'
import { readJobFile } from './readJobFile'
import { WriteSlots } from './WriteSlots'

export type { OutboxEntry } from './OutboxEntry'

const JOB_FILE = /^[A-Za-z0-9-]+\.json$/

/**
 * `<library>/outbox/<job id>.json`: one file per publish job, so a job's change of state
 * writes that job alone (a few hundred bytes) and a damaged job or one from a newer Copydesk
 * costs that job alone. A damaged file is moved to `outbox/quarantine/`; a newer one is left
 * where it is for the newer version. Both are listed in `problems` for the person to see.
 */
export class Outbox {
  private readonly chains = new Map<string, Promise<void>>()
  private readonly queued = new Set<string>()
  private readonly slots = new WriteSlots(2)
  /** Job files written (or removed) since the outbox was opened; for tests and benchmarks. */
  writes = 0

  private constructor(
    readonly location: string,
    private readonly entries: Map<string, OutboxEntry>,
    readonly problems: readonly OutboxProblem[],
  ) {}

  /** Where a library keeps its outbox. */
  static locationIn(libraryRoot: string): string {
    return join(libraryRoot, 'outbox')
  }

  /** Reads every job file; one that cannot be used is set aside and the others load. */
  static async open(location: string, now: Date): Promise<Outbox> {
    await mkdir(location, { recursive: true })
    const problems: OutboxProblem[] = await importOutboxFile(location, now)
    const entries = new Map<string, OutboxEntry>()
    for (const name of (await readdir(location)).sort()) {
      if (isLeftoverTempFile(name)) {
        await unlink(join(location, name)).catch(() => undefined)
        continue
      }
      if (!JOB_FILE.test(name)) continue
      const read = await readJobFile(join(location, name))
      if (read.kind === 'job') {
        entries.set(read.entry.id, read.entry)
        continue
      }
      if (read.kind === 'damaged') await Outbox.quarantine(location, name, now)
      problems.push({ file: name, kind: read.kind, message: read.message })
    }
    return new Outbox(location, entries, problems)
  }

  /** Moves a job file that cannot be read into the quarantine folder, never over another. */
  static async quarantine(location: string, name: string, now: Date): Promise<void> {
    const folder = join(location, QUARANTINE_FOLDER)
    await mkdir(folder, { recursive: true })
    const stamp = now.toISOString().replace(/[:.]/g, '-')
    await rename(join(location, name), join(folder, `${stamp}-${name}`)).catch(() => undefined)
  }

  get(id: string): OutboxEntry | undefined {
    return this.entries.get(id)
  }

  all(): OutboxEntry[] {
    return [...this.entries.values()]
  }

  /** Adds a job; saved by the next `save`. */
  put(entry: OutboxEntry): void {
    this.entries.set(entry.id, entry)
  }

  /** Forgets a job and removes its file. */
  remove(id: string): Promise<void> {
    this.entries.delete(id)
    return this.write(id)
  }

  /** Writes `entry`'s current state to its own file. */
  save(entry: OutboxEntry): Promise<void> {
    return this.write(entry.id)
  }

  /** Resolves once every write asked for so far is on disk (or failed). */
  async flushed(): Promise<void> {
    while (this.chains.size > 0) {
      await Promise.all([...this.chains.values()].map((chain) => chain.catch(() => undefined)))
    }
  }

  /**
   * Writes one job's file, one write at a time per job. Saves asked for while a write of the
   * same job waits to start share it: it writes the state as it is when it starts.
   */
  private write(id: string): Promise<void> {
    const waiting = this.chains.get(id)
    if (waiting && this.queued.has(id)) return waiting
    this.queued.add(id)
    const chain = (waiting ?? Promise.resolve())
      .catch(() => undefined)
      .then(() =>
        this.slots.run(() => {
          this.queued.delete(id)
          return this.writeNow(id)
        }),
      )
    this.chains.set(id, chain)
    void chain
      .catch((error: unknown) => console.error(`Could not save publish job ${id}`, error))
      .finally(() => {
        if (this.chains.get(id) === chain) this.chains.delete(id)
      })
    return chain
  }

  private async writeNow(id: string): Promise<void> {
    const file = join(this.location, `${id}.json`)
    const entry = this.entries.get(id)
    this.writes++
    if (!entry) {
      await unlink(file).catch((error: unknown) => {
        if ((error as { code?: unknown }).code !== 'ENOENT') throw error
      })
      return
    }
    await writeFileAtomic(
      file,
      `${JSON.stringify({ schema: OUTBOX_SCHEMA_VERSION, job: entry })}\n`,
    )
  }
}
