import { PublishError } from '../PublishError'

/** The error body WordPress's REST API answers with. */
export interface WordPressErrorBody {
  code: string
  message: string
}

export function isWordPressErrorBody(value: unknown): value is WordPressErrorBody {
  return (
    typeof value === 'object' &&
    value !== null &&
    typeof (value as { code?: unknown }).code === 'string' &&
    typeof (value as { message?: unknown }).message === 'string'
  )
}

/**
 * A refusal from WordPress's API, keeping its status and error code for the caller to act on,
 * and what WordPress said (`detail`) for the log: its message, or the start of the page it sent.
 */
export class WordPressApiError extends PublishError {
  constructor(
    base: PublishError,
    readonly status: number,
    readonly code: string,
    readonly data: unknown,
    readonly detail: string,
  ) {
    super(base.kind, base.message)
  }
}

const DETAIL_CHARS = 500

/** What an error answer said, as plain text, cut short: for logs, not for the writer. */
function detailOf(body: unknown): string {
  let text: string
  if (isWordPressErrorBody(body)) text = `${body.code}: ${body.message}`
  else if (typeof body === 'string') text = body
  else text = JSON.stringify(body) ?? ''
  const plain = text
    .replace(/<[^>]*>/g, ' ')
    .replace(/\s+/g, ' ')
    .trim()
  return plain.slice(0, DETAIL_CHARS)
}

/** What the request was for, in words that finish "not allowed to …" ("upload images"). */
export interface RequestPurpose {
  username: string
  action: string
  /** Plain http to a host that is not this computer: WordPress refuses application passwords. */
  insecure?: boolean
}

const LOGIN_PAGE = /wp-login\.php|name=["']loginform["']|id=["']loginform["']/i

/**
 * Turns a WordPress answer that is not what was asked for into a PublishError a writer can act
 * on. Never includes headers or credentials; WordPress's own text is used only where it speaks
 * about the content (a rejected field), not about the login.
 */
export function errorFromResponse(
  status: number,
  body: unknown,
  purpose: RequestPurpose,
): WordPressApiError {
  const error = describeFailure(status, body, purpose)
  const code = isWordPressErrorBody(body) ? body.code : ''
  const data = (body as { data?: unknown } | null)?.data
  return new WordPressApiError(error, status, code, data, detailOf(body))
}

function describeFailure(status: number, body: unknown, purpose: RequestPurpose): PublishError {
  const code = isWordPressErrorBody(body) ? body.code : ''
  if (status === 401 || code === 'incorrect_password' || code === 'invalid_username') {
    const http = purpose.insecure
      ? ' WordPress accepts application passwords only over https://, so check the site address too.'
      : ''
    return new PublishError(
      'auth',
      `WordPress did not accept the username or application password. Check them in the site settings.${http}`,
    )
  }
  if (status === 403) {
    if (code === 'rest_disabled' || code === 'rest_login_required') {
      return new PublishError('auth', 'This WordPress site has its REST API turned off.')
    }
    return new PublishError(
      'auth',
      `WordPress does not allow the user “${purpose.username}” to ${purpose.action}. Ask the site's administrator for the Author or Editor role.`,
    )
  }
  if (status === 404) {
    if (code === 'rest_no_route') {
      return new PublishError(
        'not-found',
        'This WordPress site does not offer the API Copydesk needs; its REST API may be turned off.',
      )
    }
    return new PublishError('not-found', 'WordPress could not find what Copydesk asked for.')
  }
  if (status === 413) {
    return new PublishError(
      'too-large',
      'The image is larger than the WordPress site accepts. Use a smaller image, or ask the site to raise its upload limit.',
    )
  }
  if (status === 409) {
    return new PublishError('conflict', 'WordPress reported a conflict with the existing post.')
  }
  if (status >= 500) {
    return new PublishError(
      'server',
      'The WordPress site had a problem on its side. Copydesk will try again.',
    )
  }
  if (typeof body === 'string') return pageInsteadOfData(body)
  const detail = isWordPressErrorBody(body) ? ` (${body.message.replace(/<[^>]*>/g, '')})` : ''
  return new PublishError('invalid', `WordPress refused to ${purpose.action}${detail}.`)
}

/** True for WordPress's login form (a security plugin or host blocking the API). */
export function isLoginPage(text: string): boolean {
  return LOGIN_PAGE.test(text)
}

/** A web page arrived where WordPress data was expected. */
export function pageInsteadOfData(text: string): PublishError {
  if (isLoginPage(text)) {
    return new PublishError(
      'invalid',
      'The site answered with its login page instead of data: a security plugin or the host is blocking the WordPress API.',
    )
  }
  return new PublishError(
    'invalid',
    'The site answered with a web page instead of WordPress data. Check the site address.',
  )
}

function causeCode(error: unknown): string {
  let current: unknown = error
  for (let depth = 0; depth < 4 && typeof current === 'object' && current !== null; depth++) {
    const code = (current as { code?: unknown }).code
    if (typeof code === 'string') return code
    current = (current as { cause?: unknown }).cause
  }
  return ''
}

/** Turns a failed fetch (no answer at all) into a PublishError. */
export function errorFromNetwork(error: unknown, host: string): PublishError {
  const code = causeCode(error)
  if (code === 'ENOTFOUND' || code === 'EAI_AGAIN') {
    return new PublishError(
      'offline',
      `Could not find ${host}. Check the site address and your connection.`,
      { cause: error },
    )
  }
  if (code === 'ECONNREFUSED') {
    return new PublishError('offline', `${host} refused the connection. Is the site up?`, {
      cause: error,
    })
  }
  return new PublishError(
    'offline',
    `The connection to ${host} broke off before WordPress answered. Copydesk will try again.`,
    { cause: error },
  )
}

export function timeoutError(host: string, seconds: number): PublishError {
  return new PublishError(
    'timeout',
    `${host} did not answer within ${seconds} seconds. Copydesk will try again.`,
  )
}
