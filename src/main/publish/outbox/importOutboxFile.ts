import { t } from '@shared/i18n/i18n'
import { mkdir, readFile, rename, stat } from 'node:fs/promises'
import { dirname, join } from 'node:path'
import type { OutboxProblem } from '@shared/publish/OutboxProblem'
import { writeFileAtomic } from '../../library/atomicWrite'
import { OUTBOX_SCHEMA_VERSION, QUARANTINE_FOLDER } from './OutboxEntry'
import { parseJob } from './readJobFile'

/** The single file earlier versions kept every job in, beside the outbox folder. */
const OLD_FILE = 'outbox.json'

function stampOf(now: Date): string {
  return now.toISOString().replace(/[:.]/g, '-')
}

/**
 * Moves the jobs of an `outbox.json` left by an earlier version into one file each, job by
 * job: a damaged job goes to the quarantine folder and the others carry on. The old file is
 * kept beside, renamed, as a backup. Returns what could not be used.
 */
export async function importOutboxFile(location: string, now: Date): Promise<OutboxProblem[]> {
  const file = join(dirname(location), OLD_FILE)
  let text: string
  try {
    text = await readFile(file, 'utf8')
  } catch {
    return []
  }
  let value: unknown = null
  try {
    value = JSON.parse(text)
  } catch {
    // Not JSON at all: set aside whole below.
  }
  const { schema, jobs } = (value ?? {}) as { schema?: unknown; jobs?: unknown }
  if (schema !== OUTBOX_SCHEMA_VERSION || !Array.isArray(jobs)) {
    const newer = typeof schema === 'number' && schema > OUTBOX_SCHEMA_VERSION
    await rename(file, `${file}.${newer ? 'newer' : 'unreadable'}-${stampOf(now)}`)
    return [
      {
        file: OLD_FILE,
        kind: newer ? 'newer' : 'damaged',
        message: newer ? t('publishMain.outbox.listNewer') : t('publishMain.outbox.listDamaged'),
      },
    ]
  }
  const problems: OutboxProblem[] = []
  for (const [index, job] of jobs.entries()) {
    const read = parseJob({ schema, job })
    if (read.kind === 'job') {
      const target = join(location, `${read.entry.id}.json`)
      if (!(await stat(target).catch(() => null))) {
        await writeFileAtomic(target, `${JSON.stringify({ schema, job: read.entry })}\n`)
      }
      continue
    }
    const name = `outbox.json-job-${index + 1}.json`
    await mkdir(join(location, QUARANTINE_FOLDER), { recursive: true })
    await writeFileAtomic(
      join(location, QUARANTINE_FOLDER, `${stampOf(now)}-${name}`),
      `${JSON.stringify({ schema, job })}\n`,
    )
    problems.push({ file: name, kind: read.kind, message: read.message })
  }
  await rename(file, `${file}.imported-${stampOf(now)}`)
  return problems
}
