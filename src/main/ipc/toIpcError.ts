import { t } from '@shared/i18n/i18n'
import type { IpcError } from '@shared/ipc/contract'
import { AppError } from '../errors/AppError'

/** What people see when something failed that nobody planned for, in the current language. */
export function unexpectedErrorMessage(): string {
  return t('transferMain.unexpected')
}

/**
 * Turns anything a service threw into the error value that crosses the bridge. Only AppErrors
 * carry their own message — those are written for people. Any other error may hold paths, stack
 * traces or secrets, so it is logged here on the main side and replaced by a generic message.
 */
export function toIpcError(
  error: unknown,
  channel: string,
  log: (message: string, error: unknown) => void,
): IpcError {
  if (error instanceof AppError) return { code: error.code, message: error.message }
  log(`Unexpected failure in ${channel}`, error)
  return { code: 'internal', message: unexpectedErrorMessage() }
}
