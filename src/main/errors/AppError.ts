import type { IpcErrorCode } from '@shared/ipc/contract'

/** An error meant for the person using the app: `message` is shown as written. */
export class AppError extends Error {
  constructor(
    readonly code: IpcErrorCode,
    message: string,
    options?: { cause?: unknown },
  ) {
    super(message, options)
    this.name = 'AppError'
  }
}
