import { readFile } from 'node:fs/promises'
import { t } from '@shared/i18n/i18n'
import { OUTBOX_SCHEMA_VERSION, OutboxEntrySchema, type OutboxEntry } from './OutboxEntry'

/** What one job file holds: a usable job, or why it cannot be used. */
export type JobFileRead =
  { kind: 'job'; entry: OutboxEntry } | { kind: 'damaged' | 'newer'; message: string }

/** Reads and checks one job in the form a job file keeps it (`{ schema, job }`). */
export function parseJob(value: unknown): JobFileRead {
  const schema = (value as { schema?: unknown } | null)?.schema
  if (typeof schema === 'number' && schema > OUTBOX_SCHEMA_VERSION) {
    return {
      kind: 'newer',
      message: t('publishMain.outbox.jobNewer'),
    }
  }
  const parsed = OutboxEntrySchema.safeParse((value as { job?: unknown } | null)?.job)
  if (schema !== OUTBOX_SCHEMA_VERSION || !parsed.success) {
    return { kind: 'damaged', message: t('publishMain.outbox.jobDamaged') }
  }
  return { kind: 'job', entry: parsed.data }
}

/** Reads one `<job id>.json`. */
export async function readJobFile(file: string): Promise<JobFileRead> {
  let value: unknown
  try {
    value = JSON.parse(await readFile(file, 'utf8'))
  } catch {
    return { kind: 'damaged', message: t('publishMain.outbox.jobDamaged') }
  }
  return parseJob(value)
}
