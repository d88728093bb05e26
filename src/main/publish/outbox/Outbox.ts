import { readFile, rename } from 'node:fs/promises'
import { join } from 'node:path'
import { z } from 'zod'
import { PublicationRecordSchema, PublishJobSchema } from '@shared/publish/Publish'
import { writeFileAtomic } from '../../library/atomicWrite'

/** Current version of outbox.json. */
export const OUTBOX_SCHEMA_VERSION = 1

/** A job as the outbox keeps it: what the renderer sees plus what a retry needs. */
export const OutboxEntrySchema = PublishJobSchema.extend({
  /** Same for every attempt of the job, and for a job that replaced a waiting one. */
  idempotencyKey: z.string(),
  /** Set by "Overwrite" after a conflict. */
  overwrite: z.boolean().default(false),
  /** What the remote already holds from an earlier attempt (see PublishContext.remember). */
  pending: PublicationRecordSchema.nullable().default(null),
})
export type OutboxEntry = z.infer<typeof OutboxEntrySchema>

const OutboxFileSchema = z.object({
  schema: z.literal(OUTBOX_SCHEMA_VERSION),
  jobs: z.array(OutboxEntrySchema),
})

/**
 * `<library>/outbox.json`: publish jobs that wait for the network, and the last outcome per
 * article and site. Written atomically after every change of state, so a job survives a crash
 * or a restart. A file that cannot be read is moved aside and the outbox starts empty.
 */
export class Outbox {
  private writing: Promise<void> = Promise.resolve()

  private constructor(
    readonly location: string,
    private readonly entries: Map<string, OutboxEntry>,
  ) {}

  /** Where a library keeps its outbox. */
  static locationIn(libraryRoot: string): string {
    return join(libraryRoot, 'outbox.json')
  }

  static async open(location: string, now: Date): Promise<Outbox> {
    const file = location
    let text: string
    try {
      text = await readFile(file, 'utf8')
    } catch {
      return new Outbox(file, new Map())
    }
    let parsed: z.infer<typeof OutboxFileSchema> | null = null
    try {
      const result = OutboxFileSchema.safeParse(JSON.parse(text))
      if (result.success) parsed = result.data
    } catch {
      // Not JSON at all: handled as unusable below.
    }
    if (!parsed) {
      const aside = `${file}.unreadable-${now.toISOString().replace(/[:.]/g, '-')}`
      await rename(file, aside).catch(() => undefined)
      console.warn(`outbox.json could not be read and was moved to ${aside}`)
      return new Outbox(file, new Map())
    }
    return new Outbox(file, new Map(parsed.jobs.map((job) => [job.id, job])))
  }

  get(id: string): OutboxEntry | undefined {
    return this.entries.get(id)
  }

  all(): OutboxEntry[] {
    return [...this.entries.values()]
  }

  put(entry: OutboxEntry): void {
    this.entries.set(entry.id, entry)
  }

  /** Forgets a job and saves that. */
  remove(id: string): Promise<void> {
    const entry = this.entries.get(id)
    this.entries.delete(id)
    return entry ? this.save(entry) : Promise.resolve()
  }

  /** Writes `entry`'s new state; writes happen one after another, the last one wins. */
  save(_entry: OutboxEntry): Promise<void> {
    const text = `${JSON.stringify({ schema: OUTBOX_SCHEMA_VERSION, jobs: this.all() }, null, 2)}\n`
    const write = this.writing.then(() => writeFileAtomic(this.location, text))
    this.writing = write.catch((error: unknown) => {
      console.error('Could not write outbox.json', error)
    })
    return write
  }

  /** Resolves once every write asked for so far is on disk (or failed). */
  flushed(): Promise<void> {
    return this.writing
  }
}
