import { AppError } from '../errors/AppError'

const REASONS: Record<string, string> = {
  ENOSPC: 'the disk is full',
  EDQUOT: 'the disk quota is used up',
  EROFS: 'the library folder is on a read-only disk',
  EACCES: 'Copydesk is not allowed to use that file or folder (check its permissions)',
  EPERM: 'Copydesk is not allowed to use that file or folder (check its permissions)',
  EBUSY: 'another program is using the file',
  EMFILE: 'too many files are open',
  ENOENT: 'a file or folder is missing',
}

/**
 * Wraps a file-system failure into an AppError('io') whose message says, in plain words, what
 * could not be done and why. AppErrors pass through unchanged.
 */
export function ioError(action: string, error: unknown): AppError {
  if (error instanceof AppError) return error
  const code =
    typeof error === 'object' && error !== null && 'code' in error
      ? String((error as { code: unknown }).code)
      : ''
  const reason = deniedReason(code, error) ?? REASONS[code]
  const message = reason
    ? `Copydesk could not ${action}: ${reason}.`
    : `Copydesk could not ${action} because of an unexpected file-system error${code ? ` (${code})` : ''}.`
  return new AppError('io', message, { cause: error })
}

/** System calls that only read: a denied one means reading is not allowed. */
const READING_CALLS = new Set(['read', 'scandir', 'stat', 'lstat', 'access', 'opendir'])
/** System calls that write. */
const WRITING_CALLS = new Set(['mkdir', 'rename', 'unlink', 'rmdir', 'write', 'link', 'copyfile'])

/** Says whether reading or writing was refused, when the failed call tells. */
function deniedReason(code: string, error: unknown): string | undefined {
  if (code !== 'EACCES' && code !== 'EPERM') return undefined
  const syscall = (error as NodeJS.ErrnoException).syscall ?? ''
  if (READING_CALLS.has(syscall))
    return 'Copydesk is not allowed to read it (check its permissions)'
  if (WRITING_CALLS.has(syscall))
    return 'Copydesk is not allowed to write there (check the permissions)'
  return undefined
}
