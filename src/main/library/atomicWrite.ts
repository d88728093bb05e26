import { createHash, randomBytes } from 'node:crypto'
import { renameSync } from 'node:fs'
import { open, rename, unlink } from 'node:fs/promises'
import { hostname } from 'node:os'
import { basename, dirname, join } from 'node:path'
import { ChangedOnDiskError } from './ChangedOnDiskError'

/** This machine in a temp file's name: a pid means something only on the host that made it. */
const HOST_TAG = createHash('sha256').update(hostname()).digest('hex').slice(0, 8)
/**
 * Tags this process's temp files (random, pid, host), so a cleanup never removes a write still
 * in flight and can tell one whose writer is gone.
 */
const SESSION = `${randomBytes(4).toString('hex')}_${process.pid}_${HOST_TAG}`
let sequence = 0

/** Who wrote a temp file, read back from its name; null for names of an older format. */
export function tempFileWriter(name: string): { pid: number; sameHost: boolean } | null {
  const match = /\.[0-9a-f]{8}_(\d+)_([0-9a-f]{8})-\d+\.tmp$/.exec(name)
  if (!match) return null
  return { pid: Number(match[1]), sameHost: match[2] === HOST_TAG }
}

const RETRYABLE_RENAME = new Set(['EPERM', 'EACCES', 'EBUSY'])

/** True for a temp file left behind by an earlier process that stopped mid-write. */
export function isLeftoverTempFile(name: string): boolean {
  return name.startsWith('.') && name.endsWith('.tmp') && !name.includes(`.${SESSION}-`)
}

function errorCode(error: unknown): string | undefined {
  return typeof error === 'object' && error !== null && 'code' in error
    ? String((error as { code: unknown }).code)
    : undefined
}

/** Makes the rename itself durable: the new directory entry is on disk, not only in cache. */
async function syncDirectory(dir: string): Promise<void> {
  // Windows cannot open a directory for fsync; NTFS journals the rename itself.
  if (process.platform === 'win32') return
  const handle = await open(dir, 'r')
  try {
    await handle.sync()
  } catch (error) {
    // Some file systems (network shares, FUSE) refuse fsync on directories; the data is synced.
    if (!['EINVAL', 'ENOTSUP', 'EISDIR', 'EPERM'].includes(errorCode(error) ?? '')) throw error
  } finally {
    await handle.close()
  }
}

async function renameWithRetry(from: string, to: string): Promise<void> {
  // On Windows a virus scanner or indexer may hold the target for a moment.
  for (let attempt = 0; ; attempt++) {
    try {
      await rename(from, to)
      return
    } catch (error) {
      if (process.platform !== 'win32' || attempt >= 5) throw error
      if (!RETRYABLE_RENAME.has(errorCode(error) ?? '')) throw error
      await new Promise((resolve) => setTimeout(resolve, 20 * (attempt + 1)))
    }
  }
}

/**
 * Replaces `path` with `data` so that a crash at any instant leaves either the old file or the
 * new one, never a mix: write a temp file in the same folder, fsync it, rename it over the
 * target, fsync the folder.
 */
export async function writeFileAtomic(path: string, data: string | Uint8Array): Promise<void> {
  await replaceFileAtomic(path, data)
}

/**
 * {@link writeFileAtomic} for a file other programs may write too. `stillExpected` runs just
 * before the rename, in the same tick (no other work between the check and the rename):
 * returning false cancels the write with ChangedOnDiskError. Returns the new file's
 * modification time and size, taken from the temp file: a stat after the rename could already
 * see another program's file.
 */
export async function replaceFileAtomic(
  path: string,
  data: string | Uint8Array,
  stillExpected?: () => boolean,
): Promise<{ mtimeMs: number; size: number }> {
  const dir = dirname(path)
  const temp = join(dir, `.${basename(path)}.${SESSION}-${++sequence}.tmp`)
  const handle = await open(temp, 'wx', 0o644)
  let written
  try {
    await handle.writeFile(data)
    await handle.sync()
    written = await handle.stat()
  } catch (error) {
    await handle.close()
    await unlink(temp).catch(() => undefined)
    throw error
  }
  await handle.close()
  try {
    if (stillExpected) {
      if (!stillExpected()) throw new ChangedOnDiskError()
      renameSync(temp, path)
    } else {
      await renameWithRetry(temp, path)
    }
  } catch (error) {
    await unlink(temp).catch(() => undefined)
    throw error
  }
  await syncDirectory(dir)
  return { mtimeMs: written.mtimeMs, size: written.size }
}
