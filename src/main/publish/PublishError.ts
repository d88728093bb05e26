/** Why publishing failed, in words for people; `transient` failures are retried later. */
export type PublishErrorKind =
  | 'offline' // no network, connection refused or reset, DNS
  | 'timeout'
  | 'server' // 5xx
  | 'auth' // 401 / 403 / rejected token
  | 'not-found'
  | 'too-large' // 413
  | 'invalid' // the site answered something we cannot use (HTML login page where JSON was expected)
  | 'conflict' // someone else changed the post or file
  | 'refused' // the article or settings are not publishable as they are

const TRANSIENT: ReadonlySet<PublishErrorKind> = new Set(['offline', 'timeout', 'server'])

export class PublishError extends Error {
  readonly transient: boolean

  constructor(
    readonly kind: PublishErrorKind,
    message: string,
    options: { cause?: unknown; conflict?: { ours: string; theirs: string } } = {},
  ) {
    super(message, { cause: options.cause })
    this.name = 'PublishError'
    this.transient = TRANSIENT.has(kind)
    this.conflict = options.conflict ?? null
  }

  readonly conflict: { ours: string; theirs: string } | null
}
