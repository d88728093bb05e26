import { t } from '@shared/i18n/i18n'
import { AppError } from '../errors/AppError'

/** What Copydesk was doing with the library's files; each is named in the failure message. */
export type FileAction =
  | 'keepCurrentVersion'
  | 'restoreVersion'
  | 'saveArticle'
  | 'keepOtherVersion'
  | 'moveToTrash'
  | 'restoreArticle'
  | 'emptyTrash'
  | 'clearNotices'
  | 'createArticle'
  | 'duplicateArticle'
  | 'addImage'
  | 'openLibrary'
  | 'readLibrary'
  | 'readArticle'
  | 'openArticle'
  | 'saveComment'
  | 'recordPublication'
  | 'writeExport'

const REASONS = {
  ENOSPC: 'diskFull',
  EDQUOT: 'quota',
  EROFS: 'readOnlyDisk',
  EACCES: 'notAllowed',
  EPERM: 'notAllowed',
  EBUSY: 'busy',
  EMFILE: 'tooManyOpen',
  ENOENT: 'missing',
} as const

/** The failure message for `action`, in the current language: "Copydesk could not save …". */
export function couldNot(action: FileAction, reason: string): string {
  return t('libraryMain.io.failed', { action: t(`libraryMain.actions.${action}`), reason })
}

/**
 * Wraps a file-system failure into an AppError('io') whose message says, in plain words, what
 * could not be done and why. AppErrors pass through unchanged.
 */
export function ioError(action: FileAction, error: unknown): AppError {
  if (error instanceof AppError) return error
  const code =
    typeof error === 'object' && error !== null && 'code' in error
      ? String((error as { code: unknown }).code)
      : ''
  const known = code in REASONS ? REASONS[code as keyof typeof REASONS] : undefined
  const reason =
    deniedReason(code, error) ?? (known ? t(`libraryMain.io.reasons.${known}`) : undefined)
  const message = reason
    ? couldNot(action, reason)
    : couldNot(
        action,
        code ? t('libraryMain.io.unexpectedCode', { code }) : t('libraryMain.io.unexpected'),
      )
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
  if (READING_CALLS.has(syscall)) return t('libraryMain.io.reasons.mayNotRead')
  if (WRITING_CALLS.has(syscall)) return t('libraryMain.io.reasons.mayNotWrite')
  return undefined
}
