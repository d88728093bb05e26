import { existsSync, linkSync, lstatSync, renameSync, unlinkSync, type Stats } from 'node:fs'
import { unlink } from 'node:fs/promises'
import { dirname } from 'node:path'
import { sessionFileName, syncDirectory, writeTempFile } from './atomicWrite'

/** What {@link swapFileAtomic} did. */
export interface SwapResult {
  /** The new file's modification time and size, or null when it was not put in place. */
  written: { mtimeMs: number; size: number } | null
  /**
   * Where the file found at the path was set aside because it was not the expected one:
   * another program's version, for the caller to keep. Null when there was none.
   */
  displaced: string | null
}

function code(error: unknown): string | undefined {
  return (error as NodeJS.ErrnoException | null)?.code
}

/** The same file: a file renamed over the path in between has another inode. */
function sameFile(a: Stats, b: Stats): boolean {
  return a.ino === b.ino && a.mtimeMs === b.mtimeMs && a.size === b.size
}

/**
 * Links `temp` in at `path` only if nothing is there; false when something is. A file system
 * without hard links (FAT, some network shares) gets a rename after a check instead.
 */
function linkIfFree(temp: string, path: string): boolean {
  try {
    linkSync(temp, path)
    return true
  } catch (error) {
    if (code(error) === 'EEXIST') return false
    if (existsSync(path)) return false
    renameSync(temp, path)
    return true
  }
}

/** Renames the file at `path` aside; false when it went away since it was checked. */
function moveAside(path: string, aside: string): boolean {
  try {
    renameSync(path, aside)
    return true
  } catch (error) {
    if (code(error) === 'ENOENT') return false
    throw error
  }
}

/** Undoes {@link moveAside} after a failed write; if even that fails, the next open does it. */
function putBack(aside: string, path: string): void {
  try {
    if (linkIfFree(aside, path)) unlinkSync(aside)
  } catch {
    // The file stays under its aside name, which the next open puts back.
  }
}

/**
 * Replaces `path` with `data` when other programs (a sync tool, another computer) write it too,
 * without ever overwriting their version. A plain rename over the path cannot be made atomic
 * with a check before it: another program's rename landing in between would be replaced
 * unseen. So the file there is renamed aside first, the new file is linked in only where the
 * path is free, and the file set aside is compared with the one `isExpected` accepted: a
 * different file is another program's version and is handed back in `displaced`.
 *
 * A crash between the steps leaves the old version under an `.aside` name (see
 * isLeftoverAsideFile), never nothing; the caller puts it back when it next opens the file.
 */
export async function swapFileAtomic(
  path: string,
  data: string | Uint8Array,
  isExpected: (current: Stats | null) => boolean,
): Promise<SwapResult> {
  const temp = await writeTempFile(path, data)
  const aside = sessionFileName(path, 'aside')
  let linked = false
  let displaced: string | null = null
  try {
    // From the check to the link, no other work runs: the window is as short as it can be.
    const before = lstatSync(path, { throwIfNoEntry: false }) ?? null
    if (!isExpected(before)) return { written: null, displaced: null }
    if (before && !moveAside(path, aside)) return { written: null, displaced: null }
    try {
      linked = linkIfFree(temp.path, path)
    } catch (error) {
      if (before) putBack(aside, path)
      throw error
    }
    if (before) {
      if (sameFile(lstatSync(aside), before)) unlinkSync(aside)
      else displaced = aside
    }
  } finally {
    // Linked in, the temp name is a second name of the new file; otherwise it is unused.
    await unlink(temp.path).catch(() => undefined)
  }
  await syncDirectory(dirname(path))
  return { written: linked ? { mtimeMs: temp.mtimeMs, size: temp.size } : null, displaced }
}
