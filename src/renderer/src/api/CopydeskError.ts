import type { IpcErrorCode } from '@shared/ipc/contract'

/**
 * A failure reported by the main side. `message` is written for people and may be shown as is;
 * `code` lets the caller decide what to do (e.g. treat `not_found` as "already gone").
 */
export class CopydeskError extends Error {
  readonly code: IpcErrorCode

  constructor(code: IpcErrorCode, message: string) {
    super(message)
    this.name = 'CopydeskError'
    this.code = code
  }
}

/** True when `error` is a CopydeskError with the given code. */
export function isCopydeskError(error: unknown, code?: IpcErrorCode): error is CopydeskError {
  return error instanceof CopydeskError && (code === undefined || error.code === code)
}
