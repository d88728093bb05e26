import { createHash, randomBytes } from 'node:crypto'
import { open, rename, unlink, type FileHandle } from 'node:fs/promises'
import { hostname } from 'node:os'
import { basename, dirname, join } from 'node:path'

/** This machine in a temp file's name: a pid means something only on the host that made it. */
const HOST_TAG = createHash('sha256').update(hostname()).digest('hex').slice(0, 8)
/**
 * Tags this process's temp files (random, pid, host), so a cleanup never removes a write still
 * in flight and can tell one whose writer is gone.
 */
const SESSION = `${randomBytes(4).toString('hex')}_${process.pid}_${HOST_TAG}`
let sequence = 0

/**
 * Who wrote a temp file (or set a file aside, see swapFileAtomic), read back from its name;
 * null for names of an older format.
 */
export function tempFileWriter(name: string): { pid: number; sameHost: boolean } | null {
  const match = /\.[0-9a-f]{8}_(\d+)_([0-9a-f]{8})-\d+\.(tmp|aside)$/.exec(name)
  if (!match) return null
  return { pid: Number(match[1]), sameHost: match[2] === HOST_TAG }
}

const RETRYABLE_RENAME = new Set(['EPERM', 'EACCES', 'EBUSY'])

/** True for a temp file left behind by an earlier process that stopped mid-write. */
export function isLeftoverTempFile(name: string): boolean {
  return name.startsWith('.') && name.endsWith('.tmp') && !name.includes(`.${SESSION}-`)
}

/**
 * True for a file an earlier process set aside while replacing it (see swapFileAtomic) and did
 * not get to settle: it holds a version of the file and is never simply removed.
 */
export function isLeftoverAsideFile(name: string): boolean {
  return name.startsWith('.') && name.endsWith('.aside') && !name.includes(`.${SESSION}-`)
}

function errorCode(error: unknown): string | undefined {
  return typeof error === 'object' && error !== null && 'code' in error
    ? String((error as { code: unknown }).code)
    : undefined
}

/** Makes the rename itself durable: the new directory entry is on disk, not only in cache. */
export async function syncDirectory(dir: string): Promise<void> {
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
 * What a file is written from: its text or bytes, or its text in chunks as they are made (a
 * large file then never exists as one string, and each chunk is encoded on its own).
 */
export type FileData = string | Uint8Array | AsyncIterable<string>

/**
 * Replaces `path` with `data` so that a crash at any instant leaves either the old file or the
 * new one, never a mix: write a temp file in the same folder, fsync it, rename it over the
 * target, fsync the folder.
 */
export async function writeFileAtomic(path: string, data: FileData): Promise<void> {
  await replaceFileAtomic(path, data)
}

/**
 * {@link writeFileAtomic} that returns the new file's modification time and size, taken from
 * the temp file: a stat after the rename could already see another program's file.
 */
export async function replaceFileAtomic(
  path: string,
  data: FileData,
): Promise<{ mtimeMs: number; size: number }> {
  const temp = await writeTempFile(path, data)
  try {
    await renameWithRetry(temp.path, path)
  } catch (error) {
    await unlink(temp.path).catch(() => undefined)
    throw error
  }
  await syncDirectory(dirname(path))
  return { mtimeMs: temp.mtimeMs, size: temp.size }
}

/**
 * {@link writeFileAtomic} for several files of one folder, with one fsync of the folder for all
 * the renames: each file is written to a temp file and fsynced (all at once), then renamed
 * over its target in the given order, so a later file never lands without the ones before it.
 */
export async function writeFilesAtomic(
  dir: string,
  files: readonly (readonly [name: string, data: string | Uint8Array])[],
): Promise<void> {
  const written = await Promise.allSettled(
    files.map(([name, data]) => writeTempFile(join(dir, name), data)),
  )
  const temps = written.flatMap((result) => (result.status === 'fulfilled' ? [result.value] : []))
  const removeFrom = async (index: number) => {
    for (const temp of temps.slice(index)) await unlink(temp.path).catch(() => undefined)
  }
  const failed = written.find(
    (result): result is PromiseRejectedResult => result.status === 'rejected',
  )
  if (failed) {
    await removeFrom(0)
    throw failed.reason
  }
  for (const [index, [name]] of files.entries()) {
    try {
      await renameWithRetry(temps[index]?.path ?? '', join(dir, name))
    } catch (error) {
      await removeFrom(index)
      throw error
    }
  }
  await syncDirectory(dir)
}

/** A name beside `path` that only this write uses, tagged with this session (see SESSION). */
export function sessionFileName(path: string, suffix: 'tmp' | 'aside'): string {
  return join(dirname(path), `.${basename(path)}.${SESSION}-${++sequence}.${suffix}`)
}

/** Writes all of `bytes` at the handle's position (a write may take only part of them). */
async function writeAll(handle: FileHandle, bytes: Uint8Array): Promise<void> {
  for (let offset = 0; offset < bytes.length;) {
    offset += (await handle.write(bytes, offset)).bytesWritten
  }
}

/**
 * Writes `data` to a new temp file beside `path` and fsyncs it. Returns the temp file's path
 * and its modification time and size: a stat of `path` after it is moved there could already
 * see another program's file.
 */
export async function writeTempFile(
  path: string,
  data: FileData,
): Promise<{ path: string; mtimeMs: number; size: number }> {
  const temp = sessionFileName(path, 'tmp')
  const handle = await open(temp, 'wx', 0o644)
  try {
    if (typeof data === 'string' || data instanceof Uint8Array) await handle.writeFile(data)
    else for await (const chunk of data) await writeAll(handle, Buffer.from(chunk))
    await handle.sync()
    const written = await handle.stat()
    await handle.close()
    return { path: temp, mtimeMs: written.mtimeMs, size: written.size }
  } catch (error) {
    await handle.close().catch(() => undefined)
    await unlink(temp).catch(() => undefined)
    throw error
  }
}
