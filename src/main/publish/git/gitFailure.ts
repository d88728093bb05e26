import { t } from '@shared/i18n/i18n'
import { PublishError } from '../PublishError'

const OFFLINE_CODES = new Set([
  'ECONNREFUSED',
  'ECONNRESET',
  'ENOTFOUND',
  'EAI_AGAIN',
  'EHOSTUNREACH',
  'ENETUNREACH',
  'EPIPE',
  'ECONNABORTED',
])

function fieldOf(error: unknown, name: string): unknown {
  return typeof error === 'object' && error !== null && name in error
    ? (error as Record<string, unknown>)[name]
    : undefined
}

/** Removes the token and any `user:password@` from a text before it is kept anywhere. */
export function scrubSecret(text: string, secret: string | null): string {
  let clean = text.replace(/\/\/[^/@\s]*:[^/@\s]*@/g, '//')
  if (secret) clean = clean.split(secret).join('•••')
  return clean
}

/**
 * Turns what isomorphic-git or the network threw into a `PublishError` a writer can read.
 * The original is kept only as a scrubbed message: its URLs or headers could hold the token.
 */
export function gitFailure(error: unknown, secret: string | null): PublishError {
  if (error instanceof PublishError) return error
  const code = fieldOf(error, 'code')
  const message = error instanceof Error ? error.message : String(error)
  const cause = new Error(scrubSecret(`${String(code ?? '')} ${message}`.trim(), secret))
  if (code === 'UserCanceledError') {
    return new PublishError('auth', t('targetsMain.git.tokenRejected'), { cause })
  }
  if (code === 'HttpError') {
    const status = Number(fieldOf(fieldOf(error, 'data'), 'statusCode'))
    if (status === 401 || status === 403) {
      return new PublishError('auth', t('targetsMain.git.tokenForbidden'), { cause })
    }
    if (status === 404) {
      return new PublishError('not-found', t('targetsMain.git.noRepository'), { cause })
    }
    if (status === 413) {
      return new PublishError('too-large', t('targetsMain.git.tooLarge'), { cause })
    }
    if (status >= 500) {
      return new PublishError('server', t('targetsMain.git.serverProblem'), { cause })
    }
  }
  if (typeof code === 'string' && OFFLINE_CODES.has(code)) {
    return new PublishError('offline', t('targetsMain.git.unreachable'), { cause })
  }
  if (code === 'ETIMEDOUT') {
    return new PublishError('timeout', t('targetsMain.git.timeout'), { cause })
  }
  if (code === 'SmartHttpError' || code === 'ParseError' || code === 'EmptyServerResponseError') {
    return new PublishError('invalid', t('targetsMain.git.notGit'), { cause })
  }
  return new PublishError('server', t('targetsMain.git.unexpected'), { cause })
}
