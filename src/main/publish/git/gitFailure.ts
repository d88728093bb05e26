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
    return new PublishError(
      'auth',
      'The site rejected the access token. Check the user name and token in the site settings.',
      { cause },
    )
  }
  if (code === 'HttpError') {
    const status = Number(fieldOf(fieldOf(error, 'data'), 'statusCode'))
    if (status === 401 || status === 403) {
      return new PublishError(
        'auth',
        'The site refused access with this token. Check that the token may write to the repository.',
        { cause },
      )
    }
    if (status === 404) {
      return new PublishError('not-found', 'There is no repository at this address.', { cause })
    }
    if (status === 413) {
      return new PublishError('too-large', 'The site refused the upload as too large.', { cause })
    }
    if (status >= 500) {
      return new PublishError(
        'server',
        'The site’s repository server had a problem. Copydesk will try again.',
        { cause },
      )
    }
  }
  if (typeof code === 'string' && OFFLINE_CODES.has(code)) {
    return new PublishError(
      'offline',
      'Could not reach the site’s repository. Copydesk will try again when the connection is back.',
      { cause },
    )
  }
  if (code === 'ETIMEDOUT') {
    return new PublishError('timeout', 'The site’s repository did not answer in time.', { cause })
  }
  if (code === 'SmartHttpError' || code === 'ParseError' || code === 'EmptyServerResponseError') {
    return new PublishError('invalid', 'The address does not answer like a git repository.', {
      cause,
    })
  }
  return new PublishError('server', 'Publishing to the repository failed unexpectedly.', { cause })
}
