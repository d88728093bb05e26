import { AppError } from '../errors/AppError'

const REASONS: Record<string, string> = {
  ENOSPC: 'the disk is full',
  EDQUOT: 'the disk quota is used up',
  EROFS: 'the library folder is on a read-only disk',
  EACCES: 'Copydesk is not allowed to write there',
  EPERM: 'Copydesk is not allowed to write there',
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
  const reason = REASONS[code]
  const message = reason
    ? `Copydesk could not ${action}: ${reason}.`
    : `Copydesk could not ${action} because of an unexpected file-system error${code ? ` (${code})` : ''}.`
  return new AppError('io', message, { cause: error })
}
