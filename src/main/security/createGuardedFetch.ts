import { lookup as dnsLookup, type LookupAddress, type LookupAllOptions } from 'node:dns'
import { request as httpRequest, type IncomingMessage } from 'node:http'
import { request as httpsRequest } from 'node:https'
import { isIP, type LookupFunction } from 'node:net'
import { Readable } from 'node:stream'
import { isLocalHostname, isPrivateAddress } from './isPrivateAddress'

/** Resolves a host name to all its addresses, like `dns.lookup` with `all: true`. */
export type ResolveAll = (
  hostname: string,
  options: LookupAllOptions,
  callback: (error: NodeJS.ErrnoException | null, addresses: LookupAddress[]) => void,
) => void

/** Options of {@link createGuardedFetch}. */
export interface GuardedFetchOptions {
  /** The resolver; tests inject one instead of touching real DNS. */
  resolve?: ResolveAll
  /**
   * Host names the person configured themselves (the site they publish to or capture from):
   * the one exception to the rule, whatever they resolve to.
   */
  allowedHosts?: readonly string[]
  /** Redirects followed when the caller does not ask to handle them itself. */
  maxRedirects?: number
}

/** The error a refused address gives; its `code` is `EPRIVATEADDRESS`. */
export class PrivateAddressError extends Error {
  readonly code = 'EPRIVATEADDRESS'
  constructor(readonly host: string) {
    super(
      `${host} is an address on this computer or its local network; Copydesk does not fetch those for a document.`,
    )
    this.name = 'PrivateAddressError'
  }
}

const NULL_BODY_STATUSES = new Set([101, 103, 204, 205, 304])

/**
 * A `fetch` for requests a document causes (theme capture, downloading a pasted image) that
 * never reaches this computer or its local network: `localhost` names and private, loopback,
 * link-local and unique-local addresses are refused as written in the URL, and again after DNS
 * resolution at connect time (so a name that resolves into them, or a DNS answer that changes
 * between check and use, is refused too), on every redirect. GET and HEAD only.
 */
export function createGuardedFetch(options: GuardedFetchOptions = {}): typeof fetch {
  const resolve: ResolveAll = options.resolve ?? (dnsLookup as unknown as ResolveAll)
  const allowed = new Set((options.allowedHosts ?? []).map((host) => host.toLowerCase()))
  const maxRedirects = options.maxRedirects ?? 5

  const isAllowed = (hostname: string): boolean => allowed.has(hostname.toLowerCase())

  /** Refuses a URL whose host, as written, is local or a private address. */
  const checkUrl = (url: URL): void => {
    if (url.protocol !== 'http:' && url.protocol !== 'https:') {
      throw new TypeError(`${url.protocol} addresses cannot be fetched`)
    }
    const host = url.hostname.replace(/^\[|\]$/g, '')
    if (isAllowed(host)) return
    if (isLocalHostname(host) || (isIP(host) !== 0 && isPrivateAddress(host))) {
      throw new PrivateAddressError(url.hostname)
    }
  }

  /** The connect-time resolver: every answer must be public, unless the host is allowed. */
  const lookup: LookupFunction = (hostname, lookupOptions, callback) => {
    resolve(hostname, { ...lookupOptions, all: true }, (error, addresses) => {
      if (error) return callback(error, '', 0)
      const refused = !isAllowed(hostname) && addresses.some((a) => isPrivateAddress(a.address))
      if (refused || addresses.length === 0) {
        return callback(new PrivateAddressError(hostname), '', 0)
      }
      const first = addresses[0] as LookupAddress
      if (lookupOptions.all) {
        ;(callback as unknown as (e: null, all: LookupAddress[]) => void)(null, addresses)
      } else callback(null, first.address, first.family)
    })
  }

  const once = (url: URL, init: RequestInit | undefined): Promise<Response> => {
    checkUrl(url)
    const method = (init?.method ?? 'GET').toUpperCase()
    if (method !== 'GET' && method !== 'HEAD') {
      return Promise.reject(new TypeError('Only GET and HEAD requests can be made here'))
    }
    // Bodies are read as sent: node:http does not decompress, unlike fetch.
    const headers = {
      ...Object.fromEntries(new Headers(init?.headers).entries()),
      'accept-encoding': 'identity',
    }
    const send = url.protocol === 'https:' ? httpsRequest : httpRequest
    return new Promise<Response>((done, fail) => {
      const request = send(url, {
        method,
        headers,
        lookup,
        agent: false,
        ...(init?.signal ? { signal: init.signal } : {}),
      })
      request.on('response', (message: IncomingMessage) => done(toResponse(message)))
      request.on('error', (error) => {
        const reason = init?.signal?.aborted ? init.signal.reason : error
        fail(reason instanceof PrivateAddressError ? reason : wrapped(reason))
      })
      request.end()
    })
  }

  return async (input, init) => {
    let url = new URL(input instanceof Request ? input.url : String(input))
    for (let hop = 0; ; hop++) {
      const response = await once(url, init)
      const location = response.headers.get('location')
      const redirect = response.status >= 300 && response.status < 400 && location !== null
      if (!redirect || init?.redirect === 'manual') return response
      await response.body?.cancel()
      if (init?.redirect === 'error' || hop >= maxRedirects) {
        throw new TypeError(`${url.host} redirects too many times`)
      }
      url = new URL(location, url)
    }
  }
}

/** Errors look like fetch's own: a TypeError whose cause carries the Node error code. */
function wrapped(error: unknown): Error {
  if (error instanceof Error && error.name === 'TimeoutError') return error
  if (error instanceof Error && error.name === 'AbortError') return error
  const cause = error instanceof Error ? error : undefined
  const found = cause && 'cause' in cause && cause.cause instanceof PrivateAddressError
  return found ? (cause.cause as Error) : new TypeError('fetch failed', { cause })
}

function toResponse(message: IncomingMessage): Response {
  const headers = new Headers()
  for (const [name, value] of Object.entries(message.headers)) {
    if (Array.isArray(value)) for (const item of value) headers.append(name, item)
    else if (value !== undefined) headers.set(name, value)
  }
  const status = message.statusCode ?? 500
  const body = NULL_BODY_STATUSES.has(status)
    ? null
    : (Readable.toWeb(message) as ReadableStream<Uint8Array>)
  if (body === null) message.resume()
  return new Response(body, { status, statusText: message.statusMessage ?? '', headers })
}
