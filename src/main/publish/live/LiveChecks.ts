import { t } from '@shared/i18n/i18n'
import type { LiveCheck } from '@shared/publish/Publish'
import { createGuardedFetch } from '../../security/createGuardedFetch'
import type { Clock } from '../Clock'
import { pageShows } from './pageShows'

/** Options of the live check; tests shorten the bound and the waits. */
export interface LiveCheckOptions {
  /** How long to keep looking before saying the post is not live (ms). */
  boundMs?: number
  /** The first wait between looks; each next one doubles, up to `maxDelayMs`. */
  firstDelayMs?: number
  maxDelayMs?: number
  /** The fetch for one post's address, whose host the person configured for the site. */
  fetchFor?: (url: URL) => typeof fetch
}

/** One look at a page must not hang the check. */
const REQUEST_TIMEOUT_MS = 15_000

/** More of a page than any post needs: the rest is not read. */
const MAX_PAGE_BYTES = 5 * 1024 * 1024

/** What the address answered, in words a writer can act on. */
function answerInWords(status: number): string {
  if (status === 404 || status === 410) return t('publishMain.live.noPage')
  if (status === 401 || status === 403) return t('publishMain.live.notOpen')
  if (status >= 500) return t('publishMain.live.siteProblem')
  return t('publishMain.live.notShown')
}

/** The start of a response's text, at most `max` bytes of it; the rest is left unread. */
async function readStart(response: Response, max: number): Promise<string> {
  if (!response.body) return ''
  const reader = response.body.getReader()
  const decoder = new TextDecoder()
  let text = ''
  let read = 0
  while (read < max) {
    const { done, value } = await reader.read()
    if (done) return text + decoder.decode()
    read += value.byteLength
    text += decoder.decode(value, { stream: true })
  }
  await reader.cancel().catch(() => undefined)
  return text
}

interface Watch {
  url: string
  marker: string
  /** Called with each new state of the check (to save it with the job). */
  update: (live: LiveCheck) => void
}

/**
 * Looks at a post's public address after publishing, with backoff and within a bound, until
 * the page shows the fragment of text that was sent. It runs beside the job, never inside it:
 * whatever it finds, the publish already succeeded.
 */
export class LiveChecks {
  private readonly running = new Map<string, AbortController>()
  private readonly boundMs: number
  private readonly firstDelayMs: number
  private readonly maxDelayMs: number
  private readonly fetchFor: (url: URL) => typeof fetch

  constructor(
    private readonly clock: Clock,
    options: LiveCheckOptions = {},
  ) {
    this.boundMs = options.boundMs ?? 10 * 60_000
    this.firstDelayMs = options.firstDelayMs ?? 1_000
    this.maxDelayMs = options.maxDelayMs ?? 30_000
    this.fetchFor =
      options.fetchFor ?? ((url) => createGuardedFetch({ allowedHosts: [url.hostname] }))
  }

  /** Starts checking for a job; replaces an earlier check of the same job. */
  start(jobId: string, watch: Watch): Promise<void> {
    this.stop(jobId)
    const controller = new AbortController()
    this.running.set(jobId, controller)
    return this.run(watch, controller.signal).finally(() => {
      if (this.running.get(jobId) === controller) this.running.delete(jobId)
    })
  }

  /** Whether a job's check is still looking. */
  has(jobId: string): boolean {
    return this.running.has(jobId)
  }

  /** Stops a job's check; it reports "stopped". */
  stop(jobId: string): void {
    this.running.get(jobId)?.abort()
    this.running.delete(jobId)
  }

  stopAll(): void {
    for (const controller of this.running.values()) controller.abort()
    this.running.clear()
  }

  private async run(watch: Watch, signal: AbortSignal): Promise<void> {
    const started = this.clock.now().getTime()
    const took = (): number => Math.max(0, this.clock.now().getTime() - started)
    let lastSeen: string | null = null
    let delay = this.firstDelayMs
    watch.update({ state: 'checking', tookMs: 0, lastSeen })
    const url = new URL(watch.url)
    const fetchImpl = this.fetchFor(url)
    for (;;) {
      if (signal.aborted) return watch.update({ state: 'stopped', tookMs: took(), lastSeen })
      const look = await this.look(fetchImpl, url, watch.marker, signal)
      if (signal.aborted) return watch.update({ state: 'stopped', tookMs: took(), lastSeen })
      if (look === true) return watch.update({ state: 'live', tookMs: took(), lastSeen: null })
      lastSeen = look
      const remaining = this.boundMs - took()
      if (remaining <= 0) return watch.update({ state: 'not-live', tookMs: took(), lastSeen })
      watch.update({ state: 'checking', tookMs: took(), lastSeen })
      await this.wait(Math.min(delay, remaining), signal)
      delay = Math.min(delay * 2, this.maxDelayMs)
    }
  }

  /** One look: true when the page shows the marker, or what it answered instead. */
  private async look(
    fetchImpl: typeof fetch,
    url: URL,
    marker: string,
    signal: AbortSignal,
  ): Promise<true | string> {
    try {
      const response = await fetchImpl(url, {
        headers: { 'cache-control': 'no-cache', accept: 'text/html' },
        signal: AbortSignal.any([signal, AbortSignal.timeout(REQUEST_TIMEOUT_MS)]),
      })
      if (!response.ok) {
        await response.body?.cancel().catch(() => undefined)
        return answerInWords(response.status)
      }
      const body = await readStart(response, MAX_PAGE_BYTES)
      return pageShows(body, marker) ? true : t('publishMain.live.oldText')
    } catch {
      return t('publishMain.live.noAnswer')
    }
  }

  private wait(ms: number, signal: AbortSignal): Promise<void> {
    return new Promise((resolve) => {
      if (signal.aborted) return resolve()
      const done = (): void => {
        this.clock.clearTimeout(handle)
        signal.removeEventListener('abort', done)
        resolve()
      }
      const handle = this.clock.setTimeout(done, ms)
      signal.addEventListener('abort', done, { once: true })
    })
  }
}
