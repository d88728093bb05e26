import { t } from '@shared/i18n/i18n'
import { formatNumber } from '@shared/format/localeFormat'
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
/** What a request to WordPress is for; each is said in a refusal in the current language. */
export type WordPressAction =
  | 'readMediaLibrary'
  | 'uploadImages'
  | 'readUsers'
  | 'listUsers'
  | 'readPosts'
  | 'readTerms'
  | 'readMedia'
  | 'readCategories'
  | 'readTags'
  | 'createCategories'
  | 'createTags'
  | 'describeImages'
  | 'editPosts'
  | 'deletePosts'
  | 'writePosts'
  | 'publishPosts'
  | 'reachSite'
  | 'readSite'
  | 'signIn'

export interface RequestPurpose {
  username: string
  action: WordPressAction
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
    return new PublishError(
      'auth',
      purpose.insecure ? t('targetsMain.wordpress.loginRejectedHttp') : loginRejected(),
    )
  }
  const action = t(`targetsMain.wordpress.actions.${purpose.action}`)
  if (status === 403) {
    if (code === 'rest_disabled' || code === 'rest_login_required') {
      return new PublishError('auth', t('targetsMain.wordpress.restDisabled'))
    }
    return new PublishError(
      'auth',
      t('targetsMain.wordpress.notAllowed', { user: purpose.username, action }),
    )
  }
  if (status === 404) {
    if (code === 'rest_no_route') {
      return new PublishError('not-found', t('targetsMain.wordpress.noRoute'))
    }
    return new PublishError('not-found', t('targetsMain.wordpress.notFound'))
  }
  if (status === 413) return new PublishError('too-large', t('targetsMain.wordpress.tooLarge'))
  if (status === 409) return new PublishError('conflict', t('targetsMain.wordpress.conflict'))
  if (status >= 500) return new PublishError('server', t('targetsMain.wordpress.serverProblem'))
  if (typeof body === 'string') return pageInsteadOfData(body)
  return new PublishError(
    'invalid',
    isWordPressErrorBody(body)
      ? t('targetsMain.wordpress.refusedWith', {
          action,
          detail: body.message.replace(/<[^>]*>/g, ''),
        })
      : t('targetsMain.wordpress.refused', { action }),
  )
}

/** WordPress turned down the username or application password. */
export function loginRejected(): string {
  return t('targetsMain.wordpress.loginRejected')
}

/** True for WordPress's login form (a security plugin or host blocking the API). */
export function isLoginPage(text: string): boolean {
  return LOGIN_PAGE.test(text)
}

/** A web page arrived where WordPress data was expected. */
export function pageInsteadOfData(text: string): PublishError {
  if (isLoginPage(text)) {
    return new PublishError('invalid', t('targetsMain.wordpress.loginPage'))
  }
  return new PublishError('invalid', t('targetsMain.wordpress.webPage'))
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
    return new PublishError('offline', t('targetsMain.wordpress.hostNotFound', { host }), {
      cause: error,
    })
  }
  if (code === 'ECONNREFUSED') {
    return new PublishError('offline', t('targetsMain.wordpress.connectionRefused', { host }), {
      cause: error,
    })
  }
  return new PublishError('offline', t('targetsMain.wordpress.brokeOff', { host }), {
    cause: error,
  })
}

export function timeoutError(host: string, seconds: number): PublishError {
  return new PublishError(
    'timeout',
    t('targetsMain.timeout', { host, count: seconds, formatted: formatNumber(seconds) }),
  )
}
