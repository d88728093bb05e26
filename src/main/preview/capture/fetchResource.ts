import { STATUS_CODES } from 'node:http'
import { formatNumber } from '@shared/format/localeFormat'
import { t } from '@shared/i18n/i18n'

/** A downloaded resource: where it ended up after redirects, its type and its bytes. */
export interface FetchedResource {
  url: URL
  contentType: string
  /** The charset the Content-Type header names, if any. */
  charset: string | null
  body: Buffer
}

/**
 * Why a download failed, in words for people (in the current language) in `message`; `status`
 * holds the server's answer ("404 Not Found") when it gave one.
 */
export class FetchFailure extends Error {
  constructor(
    message: string,
    readonly kind: 'status' | 'network' | 'timeout' | 'too-large' | 'address',
    readonly status?: string,
  ) {
    super(message)
    this.name = 'FetchFailure'
  }
}

export interface FetchLimits {
  fetch: typeof fetch
  timeoutMs: number
  maxBytes: number
}

const MAX_REDIRECTS = 5

/** True for http: and https: addresses, the only ones a capture may download. */
export function isWebUrl(url: URL): boolean {
  return url.protocol === 'http:' || url.protocol === 'https:'
}

/**
 * Downloads one address, following up to five redirects itself so that every hop is checked
 * to stay on http(s), and refusing bodies larger than `maxBytes`.
 */
export async function fetchResource(start: URL, limits: FetchLimits): Promise<FetchedResource> {
  let url = start
  for (let hop = 0; hop <= MAX_REDIRECTS; hop++) {
    if (!isWebUrl(url)) {
      throw new FetchFailure(t('previewMain.fetch.notWebAddress', { address: url.href }), 'address')
    }
    const response = await request(url, limits)
    const location = response.headers.get('location')
    if (response.status >= 300 && response.status < 400 && location) {
      await response.body?.cancel()
      url = new URL(location, url)
      continue
    }
    if (!response.ok) {
      await response.body?.cancel()
      const text =
        response.statusText || STATUS_CODES[response.status] || t('previewMain.fetch.anError')
      const status = `${response.status} ${text}`
      throw new FetchFailure(t('previewMain.fetch.answered', { status }), 'status', status)
    }
    const header = response.headers.get('content-type') ?? ''
    const contentType = (header.split(';')[0] ?? '').trim().toLowerCase()
    const charset = /charset="?([\w-]+)/i.exec(header)?.[1] ?? null
    const body = await readLimited(response, url, limits)
    return { url, contentType, charset, body }
  }
  throw new FetchFailure(t('previewMain.fetch.tooManyRedirects', { host: start.host }), 'status')
}

async function request(url: URL, limits: FetchLimits): Promise<Response> {
  try {
    return await limits.fetch(url, {
      redirect: 'manual',
      signal: AbortSignal.timeout(limits.timeoutMs),
      headers: {
        accept: 'text/html,application/xhtml+xml,text/css,image/*,font/*;q=0.9,*/*;q=0.8',
        'user-agent': 'Mozilla/5.0 (compatible; Copydesk theme capture)',
      },
    })
  } catch (error) {
    if (error instanceof Error && error.name === 'TimeoutError') {
      const seconds = Math.round(limits.timeoutMs / 100) / 10
      const formatted = formatNumber(seconds, 1)
      throw new FetchFailure(
        t('previewMain.fetch.timeout', { host: url.host, count: seconds, formatted }),
        'timeout',
      )
    }
    const reason = networkReason(error)
    const host = url.hostname
    throw new FetchFailure(
      reason
        ? t('previewMain.fetch.unreachableBecause', {
            host,
            reason: t(`previewMain.fetch.reasons.${reason}`),
          })
        : t('previewMain.fetch.unreachable', { host }),
      'network',
    )
  }
}

/** Why a connection failed, from the Node error code behind fetch's error. */
function networkReason(error: unknown): 'noSuchAddress' | 'localNetwork' | 'certificate' | null {
  const cause = error instanceof Error && error.cause !== undefined ? error.cause : error
  const code =
    typeof cause === 'object' && cause !== null && 'code' in cause ? String(cause.code) : ''
  if (code === 'ENOTFOUND' || code === 'EAI_AGAIN') return 'noSuchAddress'
  if (code === 'EPRIVATEADDRESS') return 'localNetwork'
  if (/CERT|SSL|TLS|SELF_SIGNED/.test(code)) return 'certificate'
  return null
}

async function readLimited(response: Response, url: URL, limits: FetchLimits): Promise<Buffer> {
  const tooLarge = (): FetchFailure =>
    new FetchFailure(
      t('previewMain.fetch.tooLarge', {
        address: url.href,
        megabytes: formatNumber(Math.round(limits.maxBytes / 1_000_000)),
      }),
      'too-large',
    )
  const declared = Number(response.headers.get('content-length') ?? '0')
  if (declared > limits.maxBytes) {
    await response.body?.cancel()
    throw tooLarge()
  }
  if (!response.body) return Buffer.alloc(0)
  const chunks: Uint8Array[] = []
  let size = 0
  const reader = response.body.getReader()
  try {
    for (;;) {
      const { done, value } = await reader.read()
      if (done) break
      size += value.byteLength
      if (size > limits.maxBytes) {
        await reader.cancel()
        throw tooLarge()
      }
      chunks.push(value)
    }
  } catch (error) {
    if (error instanceof FetchFailure) throw error
    const timedOut = error instanceof Error && error.name === 'TimeoutError'
    throw new FetchFailure(
      timedOut
        ? t('previewMain.fetch.stoppedSending', { host: url.host, path: url.pathname })
        : t('previewMain.fetch.unreachable', { host: url.hostname }),
      timedOut ? 'timeout' : 'network',
    )
  }
  return Buffer.concat(chunks)
}
