import { z } from 'zod'
import { PublicationRecordSchema, PublishJobSchema } from '@shared/publish/Publish'

/** Current version of a job file. */
export const OUTBOX_SCHEMA_VERSION = 1

/** Where job files that cannot be read are set aside, inside the outbox folder. */
export const QUARANTINE_FOLDER = 'quarantine'

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
