import { t } from '@shared/i18n/i18n'
import { formatNumber } from '@shared/format/localeFormat'
import { PublishError } from '../PublishError'
import { ghostToken, parseAdminKey, type GhostAdminKey } from './ghostToken'

/** A post as the Admin API returns it (the fields Copydesk reads). */
export interface GhostPost {
  id: string
  uuid: string
  title: string
  slug: string
  html: string | null
  status: 'draft' | 'published' | 'scheduled' | 'sent'
  url: string
  updated_at: string
  published_at: string | null
  custom_excerpt?: string | null
  feature_image?: string | null
  feature_image_alt?: string | null
  meta_title?: string | null
  meta_description?: string | null
  tags?: { name: string }[]
  authors?: { name?: string }[]
}

/** Ghost keeps posts and pages in two collections with the same fields. */
export type GhostCollection = 'posts' | 'pages'

/** One page of a collection, with whether another follows. */
export interface GhostPostPage {
  posts: GhostPost[]
  hasMore: boolean
}

/** What Copydesk sends for a post; Ghost fills in the rest. */
export interface GhostPostInput {
  title: string
  slug: string
  html: string
  status: 'draft' | 'published' | 'scheduled'
  published_at?: string | null
  custom_excerpt?: string | null
  tags?: { name: string }[]
  /** Staff users by id; the first is the primary author. Left out, Ghost keeps the owner. */
  authors?: { id: string }[]
  feature_image?: string | null
  feature_image_alt?: string | null
  meta_title?: string | null
  meta_description?: string | null
  updated_at?: string
}

export interface GhostClientOptions {
  /** Where the Admin API lives, e.g. `https://news.example.com` (the `/ghost/api/admin/` part is added). */
  adminUrl: string
  adminKey: string
  timeoutMs?: number
  fetch?: typeof fetch
}

const ACCEPT_VERSION = 'v6.0'

/**
 * Ghost's Admin API over fetch: a fresh JWT per request, a timeout on every call, and every
 * failure turned into a PublishError a writer can read. The key never appears in a message.
 */
export class GhostClient {
  private readonly base: string
  private readonly key: GhostAdminKey
  private readonly timeoutMs: number
  private readonly fetch: typeof fetch
  private readonly host: string

  constructor(options: GhostClientOptions) {
    const url = parseAdminUrl(options.adminUrl)
    this.base = new URL('ghost/api/admin/', url).toString()
    this.host = url.host
    this.key = parseAdminKey(options.adminKey)
    this.timeoutMs = options.timeoutMs ?? 20_000
    this.fetch = options.fetch ?? fetch
  }

  async site(): Promise<{ title: string; url: string; version: string }> {
    const body = await this.request('GET', 'site/')
    const site = (body as { site?: { title?: string; url?: string; version?: string } }).site
    if (!site) throw this.notGhost()
    return { title: site.title ?? '', url: site.url ?? '', version: site.version ?? '' }
  }

  async findPostBySlug(slug: string): Promise<GhostPost | null> {
    const query = new URLSearchParams({ filter: `slug:${JSON.stringify(slug)}`, formats: 'html' })
    // `status:all` is implied for the Admin API: drafts and scheduled posts are found too.
    const body = await this.request('GET', `posts/?${query.toString()}`)
    return postsOf(body)[0] ?? null
  }

  /** Posts carrying `tag` (an internal `#…` tag is matched by its `hash-…` slug). */
  async findPostByTag(tag: string): Promise<GhostPost | null> {
    const slug = tag.startsWith('#') ? `hash-${tag.slice(1)}` : tag
    const query = new URLSearchParams({
      filter: `tag:${slug.toLowerCase()}`,
      formats: 'html',
      limit: '1',
    })
    return postsOf(await this.request('GET', `posts/?${query.toString()}`))[0] ?? null
  }

  /**
   * The id of the staff user `name` names (display name, slug or email, ignoring case and
   * accents), or null when none does.
   */
  async findStaffId(name: string): Promise<string | null> {
    const wanted = name.trim()
    if (wanted === '') return null
    const body = await this.request('GET', 'users/?limit=all&fields=id,name,slug,email')
    const users = (
      body as { users?: { id: string; name?: string; slug?: string; email?: string }[] }
    ).users
    const same = (a = '') => a.localeCompare(wanted, undefined, { sensitivity: 'base' }) === 0
    return users?.find((u) => same(u.name) || same(u.slug) || same(u.email))?.id ?? null
  }

  /** Fails unless the key may read posts (the site info alone is public). */
  async checkAccess(): Promise<void> {
    await this.request('GET', 'posts/?limit=1&fields=id')
  }

  /**
   * A page of a collection in Ghost's own order (scheduled, drafts, then published by date,
   * newest first). `filter` is NQL; `fields` keeps the answer small (the body is left out
   * unless asked for).
   */
  async browse(
    collection: GhostCollection,
    params: { page: number; limit: number; filter?: string; fields: string },
  ): Promise<GhostPostPage> {
    const query = new URLSearchParams({
      page: String(params.page),
      limit: String(params.limit),
      fields: params.fields,
      include: 'authors',
    })
    if (params.filter) query.set('filter', params.filter)
    const body = await this.request('GET', `${collection}/?${query.toString()}`)
    const next = (body as { meta?: { pagination?: { next?: number | null } } }).meta?.pagination
      ?.next
    return { posts: postsOf(body, collection), hasMore: typeof next === 'number' }
  }

  async getPost(id: string, collection: GhostCollection = 'posts'): Promise<GhostPost | null> {
    const path = `${collection}/${encodeURIComponent(id)}/?formats=html&include=tags,authors`
    try {
      return postsOf(await this.request('GET', path), collection)[0] ?? null
    } catch (error) {
      if (error instanceof PublishError && error.kind === 'not-found') return null
      throw error
    }
  }

  async createPost(post: GhostPostInput): Promise<GhostPost> {
    const body = await this.request('POST', 'posts/?source=html&formats=html', { posts: [post] })
    return this.onePost(body)
  }

  /** Sends only the fields given; `updated_at` must be the post's current one, else 409. */
  async updatePost(
    id: string,
    post: Partial<GhostPostInput> & { updated_at: string },
    collection: GhostCollection = 'posts',
  ): Promise<GhostPost> {
    const path = `${collection}/${encodeURIComponent(id)}/?source=html&formats=html&include=tags,authors`
    const body = await this.request('PUT', path, { [collection]: [post] })
    return this.onePost(body, collection)
  }

  async deletePost(id: string, collection: GhostCollection = 'posts'): Promise<void> {
    try {
      await this.request('DELETE', `${collection}/${encodeURIComponent(id)}/`)
    } catch (error) {
      // Already gone is what we wanted.
      if (error instanceof PublishError && error.kind === 'not-found') return
      throw error
    }
  }

  /** Uploads an image; `ref` comes back with it so a lost answer can be recognised. */
  async uploadImage(bytes: Uint8Array, fileName: string, mimeType: string): Promise<string> {
    const form = new FormData()
    form.append('file', new Blob([Buffer.from(bytes)], { type: mimeType }), fileName)
    form.append('purpose', 'image')
    form.append('ref', fileName)
    const body = await this.request('POST', 'images/upload/', form)
    const url = (body as { images?: { url?: string }[] }).images?.[0]?.url
    if (!url) throw this.notGhost()
    return url
  }

  private onePost(body: unknown, collection: GhostCollection = 'posts'): GhostPost {
    const post = postsOf(body, collection)[0]
    if (!post) throw this.notGhost()
    return post
  }

  private notGhost(): PublishError {
    return new PublishError('invalid', t('targetsMain.ghost.notGhost', { host: this.host }))
  }

  private async request(method: string, path: string, payload?: unknown): Promise<unknown> {
    const headers: Record<string, string> = {
      Authorization: `Ghost ${await ghostToken(this.key)}`,
      'Accept-Version': ACCEPT_VERSION,
      Accept: 'application/json',
    }
    let body: string | FormData | undefined
    if (payload instanceof FormData) body = payload
    else if (payload !== undefined) {
      headers['Content-Type'] = 'application/json'
      body = JSON.stringify(payload)
    }
    const signal = AbortSignal.timeout(this.timeoutMs)
    let response: Response
    try {
      response = await this.fetch(new URL(path, this.base), {
        method,
        headers,
        body,
        signal,
        redirect: 'manual',
      })
    } catch (error) {
      throw networkError(error, this.host, this.timeoutMs)
    }
    const text = await response.text().catch((error: unknown) => {
      throw networkError(error, this.host, this.timeoutMs)
    })
    if (response.status >= 300 && response.status < 400) {
      throw new PublishError('invalid', t('targetsMain.ghost.redirected', { host: this.host }))
    }
    const json = parseJson(text)
    if (response.ok) {
      if (json === undefined) {
        if (method === 'DELETE' && text === '') return null
        throw this.notGhost()
      }
      return json
    }
    throw statusError(response.status, json, this.host)
  }
}

function parseAdminUrl(value: string): URL {
  let url: URL
  try {
    url = new URL(value)
  } catch {
    throw new PublishError('refused', t('targetsMain.ghost.badAdminUrl'))
  }
  if (url.protocol !== 'https:' && url.protocol !== 'http:') {
    throw new PublishError('refused', t('targetsMain.ghost.httpsAdminUrl'))
  }
  // Accept the URL with or without the admin path a person may have copied.
  url.pathname = url.pathname.replace(/\/ghost(\/.*)?$/, '/').replace(/\/?$/, '/')
  url.search = ''
  url.hash = ''
  return url
}

function postsOf(body: unknown, collection: GhostCollection = 'posts'): GhostPost[] {
  const posts = (body as Record<string, unknown> | null)?.[collection]
  return Array.isArray(posts) ? (posts as GhostPost[]) : []
}

function parseJson(text: string): unknown {
  if (text.trim() === '') return undefined
  try {
    return JSON.parse(text) as unknown
  } catch {
    return undefined
  }
}

/** Ghost's error envelope: `{ errors: [{ type, message, context }] }`. */
function ghostErrorType(json: unknown): string {
  const errors = (json as { errors?: { type?: string }[] } | undefined)?.errors
  return errors?.[0]?.type ?? ''
}

function statusError(status: number, json: unknown, host: string): PublishError {
  const type = ghostErrorType(json)
  if (json === undefined && status < 500) {
    return new PublishError('invalid', t('targetsMain.ghost.webPage', { host }))
  }
  if (status === 401 || status === 403 || type === 'UnauthorizedError') {
    return new PublishError('auth', t('targetsMain.ghost.keyRejected', { host }))
  }
  if (status === 409 || type === 'UpdateCollisionError') {
    return new PublishError('conflict', t('targetsMain.ghost.collision'))
  }
  if (status === 404)
    return new PublishError('not-found', t('targetsMain.ghost.noSuchPost', { host }))
  if (status === 413)
    return new PublishError('too-large', t('targetsMain.ghost.tooLarge', { host }))
  if (status === 400 && type === 'BadRequestError' && /token/i.test(JSON.stringify(json))) {
    return new PublishError('auth', t('targetsMain.ghost.keyUnreadable', { host }))
  }
  if (status === 422 || type === 'ValidationError') {
    const message = (json as { errors?: { message?: string; context?: string }[] }).errors?.[0]
    const detail = [message?.message, message?.context].filter(Boolean).join(' ')
    return new PublishError(
      'refused',
      detail
        ? t('targetsMain.ghost.invalidPostWith', { detail })
        : t('targetsMain.ghost.invalidPost'),
    )
  }
  if (status >= 500) {
    return new PublishError('server', t('targetsMain.ghost.serverProblem', { host, status }))
  }
  return new PublishError('invalid', t('targetsMain.ghost.refused', { host, status }))
}

function networkError(error: unknown, host: string, timeoutMs: number): PublishError {
  const name = (error as { name?: string }).name
  if (name === 'TimeoutError' || name === 'AbortError') {
    const seconds = Math.round(timeoutMs / 1000)
    return new PublishError(
      'timeout',
      t('targetsMain.timeout', { host, count: seconds, formatted: formatNumber(seconds) }),
      { cause: error },
    )
  }
  return new PublishError('offline', t('targetsMain.ghost.unreachable', { host }), { cause: error })
}
