import { t } from '@shared/i18n/i18n'
import { PublishError } from '../PublishError'
import { publishErrorForStatus } from './publishErrorForStatus'

/** How long a request may take, headers and body together, unless the caller says otherwise. */
export const DEFAULT_TIMEOUT_MS = 30_000

export interface RequestOptions {
  /** The other side, as a person knows it: "the webhook", "WordPress". */
  site: string
  timeoutMs?: number
  /** The job's signal: cancelling the job aborts the request. */
  signal?: AbortSignal
  fetch?: typeof fetch
}

/** A successful answer: its status, headers and JSON body (null when it had none). */
export interface JsonAnswer {
  status: number
  headers: Headers
  body: unknown
}

const OFFLINE_CODES = new Set([
  'ECONNREFUSED',
  'ECONNRESET',
  'ENOTFOUND',
  'EAI_AGAIN',
  'ENETUNREACH',
  'EHOSTUNREACH',
  'EPIPE',
  'UND_ERR_SOCKET',
  'UND_ERR_CLOSED',
])

function errorCode(error: unknown): string {
  for (let e: unknown = error, depth = 0; e && depth < 4; depth++) {
    if (typeof e === 'object' && 'code' in e && typeof e.code === 'string') return e.code
    e = e instanceof Error ? e.cause : undefined
  }
  return ''
}

/** Maps a failure to reach the other side (no answer at all) to a PublishError. */
export function publishErrorForFailure(
  error: unknown,
  site: string,
  signals: { timeout: AbortSignal; job?: AbortSignal },
): PublishError {
  if (error instanceof PublishError) return error
  if (signals.job?.aborted) return new PublishError('refused', t('publishMain.http.cancelled'))
  if (signals.timeout.aborted) {
    return new PublishError(
      'timeout',
      t('publishMain.http.noAnswerInTime', { site: capitalize(site) }),
    )
  }
  const code = errorCode(error)
  if (code === 'ECONNRESET' || code === 'UND_ERR_SOCKET' || code === 'EPIPE') {
    return new PublishError('offline', t('publishMain.http.brokeOff', { site }), { cause: error })
  }
  if (code === 'ENOTFOUND' || code === 'EAI_AGAIN') {
    return new PublishError('offline', t('publishMain.http.notFoundHost', { site }), {
      cause: error,
    })
  }
  if (OFFLINE_CODES.has(code)) {
    return new PublishError('offline', t('publishMain.http.unreachableRetry', { site }), {
      cause: error,
    })
  }
  return new PublishError('offline', t('publishMain.http.unreachable', { site }), { cause: error })
}

/**
 * Sends a request and reads its JSON answer within one time limit. Every failure becomes a
 * PublishError with a plain message: no answer (offline, reset, timeout), an HTTP error
 * status, or a web page where JSON was expected (a login page, a captive portal).
 */
export async function requestJson(
  url: string,
  init: RequestInit,
  options: RequestOptions,
): Promise<JsonAnswer> {
  const timeout = AbortSignal.timeout(options.timeoutMs ?? DEFAULT_TIMEOUT_MS)
  const signal = options.signal ? AbortSignal.any([timeout, options.signal]) : timeout
  const doFetch = options.fetch ?? fetch
  try {
    const response = await doFetch(url, { ...init, signal })
    const text = await response.text()
    if (!response.ok) throw publishErrorForStatus(response.status, options.site)
    return { status: response.status, headers: response.headers, body: parseJson(text, options) }
  } catch (error) {
    throw publishErrorForFailure(error, options.site, { timeout, job: options.signal })
  }
}

function parseJson(text: string, options: RequestOptions): unknown {
  const trimmed = text.trim()
  if (trimmed === '') return null
  if (trimmed.startsWith('<')) {
    throw new PublishError(
      'invalid',
      t('publishMain.http.webPage', { site: capitalize(options.site) }),
    )
  }
  try {
    return JSON.parse(trimmed) as unknown
  } catch (error) {
    throw new PublishError(
      'invalid',
      t('publishMain.http.unreadable', { site: capitalize(options.site) }),
      {
        cause: error,
      },
    )
  }
}

function capitalize(text: string): string {
  return text.charAt(0).toUpperCase() + text.slice(1)
}
