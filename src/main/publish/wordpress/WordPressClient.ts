import { t } from '@shared/i18n/i18n'
import { PublishError } from '../PublishError'
import {
  errorFromNetwork,
  errorFromResponse,
  isLoginPage,
  pageInsteadOfData,
  timeoutError,
  type RequestPurpose,
  type WordPressAction,
} from './wordpressError'

export interface WordPressClientOptions {
  siteUrl: string
  username: string
  /** The application password. Used only in the Authorization header. */
  password: string
  /** Per request, including reading the answer. */
  timeoutMs?: number
  /** Cancels every request (the person cancelled, the app quits). */
  signal?: AbortSignal
  /** The REST root found earlier; skips discovery. */
  restRoot?: string | null
  fetch?: typeof fetch
}

export interface RequestOptions {
  query?: Record<string, string | number | undefined>
  /** Sent as JSON. */
  json?: unknown
  /** Sent as is (an image upload). */
  body?: Uint8Array
  headers?: Record<string, string>
  /** What this is for, said in the refusal when the site does not allow it. */
  action: WordPressAction
}

export interface WordPressAnswer<T> {
  data: T
  headers: Headers
}

interface Sent {
  response: Response
  timeout: AbortSignal
}

const DEFAULT_TIMEOUT_MS = 30_000
const API_LINK = /<([^>]+)>\s*;\s*rel="?https:\/\/api\.w\.org\/"?/
const WORDPRESS_PAGE = /\/wp-content\/|\/wp-includes\/|<meta name="generator" content="WordPress/i

/**
 * A small client for WordPress's REST API: finds the API from the site's address, signs in with
 * an application password, and turns every failure into a PublishError. Never follows a
 * redirect on a write (a followed POST becomes a GET), and never logs or repeats credentials.
 */
export class WordPressClient {
  private restRoot: string | null
  private readonly timeoutMs: number
  private readonly fetchImpl: typeof fetch
  private readonly authorization: string
  readonly host: string
  /** Requests sent so far (for progress and the benchmark). */
  requestCount = 0

  constructor(private readonly options: WordPressClientOptions) {
    this.restRoot = options.restRoot ?? null
    this.timeoutMs = options.timeoutMs ?? DEFAULT_TIMEOUT_MS
    this.fetchImpl = options.fetch ?? fetch
    const credentials = `${options.username}:${options.password.replace(/\s+/g, '')}`
    this.authorization = `Basic ${Buffer.from(credentials, 'utf8').toString('base64')}`
    this.host = hostOf(options.siteUrl)
  }

  /** The REST root in use, once known (to remember it for next time). */
  get root(): string | null {
    return this.restRoot
  }

  /** Finds the REST root from the site's `Link` header, else tries `?rest_route=`. */
  async discover(): Promise<string> {
    if (this.restRoot) return this.restRoot
    const site = siteBase(this.options.siteUrl)
    const home = await this.send(site.href, { method: 'GET', redirect: 'follow' }, false)
    const link = home.response.headers.get('link')?.match(API_LINK)?.[1]
    const page = await this.readText(home)
    if (home.response.status >= 500) {
      throw errorFromResponse(home.response.status, page, {
        username: this.options.username,
        action: 'reachSite',
      })
    }
    if (link) {
      this.restRoot = new URL(link, home.response.url || site.href).href
      return this.restRoot
    }
    const fallback = new URL(site.href)
    fallback.searchParams.set('rest_route', '/')
    const probe = await this.send(fallback.href, { method: 'GET', redirect: 'follow' }, false)
    const index = parseJson(await this.readText(probe))
    if (probe.response.ok && isRestIndex(index)) {
      this.restRoot = fallback.href
      return this.restRoot
    }
    if (WORDPRESS_PAGE.test(page)) {
      throw new PublishError('not-found', t('targetsMain.wordpress.restOff'))
    }
    throw new PublishError('invalid', t('targetsMain.wordpress.notWordPress', { host: this.host }))
  }

  /** The full URL of a REST route (`/wp/v2/posts`) with its query. */
  async url(route: string, query: RequestOptions['query'] = {}): Promise<string> {
    const root = await this.discover()
    return routeUrl(root, route, query)
  }

  get<T>(route: string, options: RequestOptions): Promise<WordPressAnswer<T>> {
    return this.request<T>('GET', route, options)
  }

  post<T>(route: string, options: RequestOptions): Promise<WordPressAnswer<T>> {
    return this.request<T>('POST', route, options)
  }

  delete<T>(route: string, options: RequestOptions): Promise<WordPressAnswer<T>> {
    return this.request<T>('DELETE', route, options)
  }

  async request<T>(
    method: string,
    route: string,
    options: RequestOptions,
  ): Promise<WordPressAnswer<T>> {
    const url = await this.url(route, options.query)
    const headers: Record<string, string> = {
      Accept: 'application/json',
      Authorization: this.authorization,
      ...options.headers,
    }
    let body: string | Uint8Array | undefined
    if (options.json !== undefined) {
      headers['Content-Type'] = 'application/json'
      body = JSON.stringify(options.json)
    } else if (options.body) {
      body = options.body
    }
    const init: RequestInit = {
      method,
      headers,
      body: body as BodyInit | undefined,
      redirect: method === 'GET' ? 'follow' : 'manual',
    }
    let answer = await this.exchange(url, init)
    const notRouted =
      isRedirect(answer.status) ||
      ((answer.status < 300 || answer.status === 404) &&
        answer.data === undefined &&
        !isLoginPage(answer.text))
    if (this.usesPrettyRoot() && notRouted) {
      // With plain permalinks /wp-json/ is no route: a GET is redirected, a POST gets the home
      // page (WordPress did nothing). The query form works in every mode.
      this.restRoot = queryRoot(this.restRoot ?? this.options.siteUrl)
      answer = await this.exchange(await this.url(route, options.query), init)
    }
    const purpose: RequestPurpose = {
      username: this.options.username,
      action: options.action,
      insecure: isInsecure(this.options.siteUrl),
    }
    if (isRedirect(answer.status)) {
      throw new PublishError('invalid', t('targetsMain.wordpress.redirected'))
    }
    if (answer.status < 200 || answer.status >= 300) {
      throw errorFromResponse(answer.status, answer.data ?? answer.text, purpose)
    }
    if (answer.data === undefined) throw pageInsteadOfData(answer.text)
    return { data: answer.data as T, headers: answer.headers }
  }

  /** One request and its whole answer. */
  private async exchange(url: string, init: RequestInit) {
    const sent = await this.send(url, init, true)
    const text = await this.readText(sent)
    const { status, headers } = sent.response
    return { status, headers, text, data: parseJson(text) }
  }

  private usesPrettyRoot(): boolean {
    return this.restRoot !== null && !new URL(this.restRoot).searchParams.has('rest_route')
  }

  private async send(url: string, init: RequestInit, counted: boolean): Promise<Sent> {
    try {
      return await this.sendOnce(url, init, counted)
    } catch (error) {
      // A reused connection the server had just closed: a read is safe to send once more.
      const broken = error instanceof PublishError && error.kind === 'offline'
      if (!broken || init.method !== 'GET') throw error
      return this.sendOnce(url, init, counted)
    }
  }

  private async sendOnce(url: string, init: RequestInit, counted: boolean): Promise<Sent> {
    this.options.signal?.throwIfAborted()
    if (counted) this.requestCount++
    const timeout = AbortSignal.timeout(this.timeoutMs)
    const signal = this.options.signal ? AbortSignal.any([this.options.signal, timeout]) : timeout
    try {
      return { response: await this.fetchImpl(url, { ...init, signal }), timeout }
    } catch (error) {
      throw this.failure(error, timeout)
    }
  }

  /** Reads an answer's body under the same timeout as its request. */
  private async readText({ response, timeout }: Sent): Promise<string> {
    try {
      return await response.text()
    } catch (error) {
      throw this.failure(error, timeout)
    }
  }

  private failure(error: unknown, timeout: AbortSignal): unknown {
    if (this.options.signal?.aborted) return this.options.signal.reason
    if (timeout?.aborted) return timeoutError(this.host, Math.round(this.timeoutMs / 1000))
    return errorFromNetwork(error, this.host)
  }
}

function isRedirect(status: number): boolean {
  return status >= 300 && status < 400
}

function isInsecure(siteUrl: string): boolean {
  try {
    const url = new URL(siteUrl)
    return url.protocol === 'http:' && !/^(localhost|127\.0\.0\.1|\[::1\])$/.test(url.hostname)
  } catch {
    return false
  }
}

function hostOf(siteUrl: string): string {
  try {
    return new URL(siteUrl).host
  } catch {
    return siteUrl
  }
}

/** The site's address as a URL, with a trailing slash; refuses what is not http(s). */
export function siteBase(siteUrl: string): URL {
  let url: URL
  try {
    url = new URL(siteUrl.trim())
  } catch {
    throw new PublishError('refused', t('targetsMain.wordpress.badAddress'))
  }
  if (url.protocol !== 'https:' && url.protocol !== 'http:') {
    throw new PublishError('refused', t('targetsMain.wordpress.httpsAddress'))
  }
  url.hash = ''
  url.search = ''
  // People paste the address they see while logged in: the site is what comes before.
  url.pathname = url.pathname.replace(/\/(wp-admin|wp-json)(\/.*)?$|\/wp-login\.php$/, '/')
  if (!url.pathname.endsWith('/')) url.pathname += '/'
  return url
}

/** `https://site/?rest_route=/` from any REST root or site address. */
function queryRoot(root: string): string {
  const url = new URL(root)
  url.pathname = url.pathname.replace(/wp-json\/?$/, '')
  url.search = ''
  url.searchParams.set('rest_route', '/')
  return url.href
}

/** A route under a REST root, in either form (`/wp-json/` or `?rest_route=`). */
export function routeUrl(root: string, route: string, query: RequestOptions['query'] = {}): string {
  const url = new URL(root)
  if (url.searchParams.has('rest_route')) {
    url.searchParams.set('rest_route', route)
  } else {
    url.pathname = url.pathname.replace(/\/?$/, '/') + route.replace(/^\//, '')
  }
  for (const [key, value] of Object.entries(query)) {
    if (value !== undefined) url.searchParams.set(key, String(value))
  }
  return url.href
}

function parseJson(text: string): unknown {
  try {
    return JSON.parse(text)
  } catch {
    return undefined
  }
}

function isRestIndex(value: unknown): boolean {
  const namespaces = (value as { namespaces?: unknown } | null)?.namespaces
  return Array.isArray(namespaces) && namespaces.includes('wp/v2')
}
