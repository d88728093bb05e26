import { createHmac, timingSafeEqual } from 'node:crypto'
import { createServer, type IncomingMessage, type ServerResponse } from 'node:http'
import type { AddressInfo, Socket } from 'node:net'

/** How the receiver answers one delivery. */
export type ReceiverAnswer =
  | 'accept'
  /** Any HTTP status, answered with a small JSON error. */
  | number
  /** Reads the request, then never answers. */
  | 'stall'
  /** Reads the request, then drops the connection. */
  | 'reset'
  /** A login page where JSON was expected. */
  | 'html'

/** One request the receiver got, whatever it answered. */
export interface Delivery {
  headers: IncomingMessage['headers']
  rawBody: string
  body: Record<string, unknown>
  signatureValid: boolean
  answer: ReceiverAnswer
}

export interface WebhookReceiver {
  url: string
  deliveries: Delivery[]
  /** Posts the receiver keeps, by its own id, created once per publish token. */
  posts: Map<string, { title: string; state: string; token: string; html: string }>
  /**
   * When true, the receiver is the site too: the URLs it answers point at itself, and
   * `GET /posts/<id>` shows the post's HTML (for checks that the post is live).
   */
  servePages: boolean
  stop(): Promise<void>
}

export interface ReceiverOptions {
  secret: string
  signatureHeader?: string
  /** The answer for the n-th delivery (0-based); accepts by default. */
  answer?: (n: number) => ReceiverAnswer
}

function verify(raw: string, secret: string, signature: string | undefined): boolean {
  const expected = Buffer.from(`sha256=${createHmac('sha256', secret).update(raw).digest('hex')}`)
  const given = Buffer.from(signature ?? '')
  return expected.length === given.length && timingSafeEqual(expected, given)
}

/**
 * A small webhook receiver on 127.0.0.1, as a custom site would run one: it checks the HMAC
 * signature of the raw body, dedupes deliveries by publish token, keeps one post per token
 * (or per id it gave out) and answers `{id, url}`. Faults can be injected per delivery.
 */
export async function startWebhookReceiver(options: ReceiverOptions): Promise<WebhookReceiver> {
  const header = (options.signatureHeader ?? 'X-Copydesk-Signature').toLowerCase()
  const deliveries: Delivery[] = []
  const posts = new Map<string, { title: string; state: string; token: string; html: string }>()
  const sockets = new Set<Socket>()
  let nextId = 100

  const handle = (request: IncomingMessage, response: ServerResponse, raw: string): void => {
    const answer = options.answer?.(deliveries.length) ?? 'accept'
    let body: Record<string, unknown> = {}
    try {
      body = JSON.parse(raw) as Record<string, unknown>
    } catch {
      // Recorded as an empty body; the signature check fails it below.
    }
    const signature = request.headers[header]
    const signatureValid = verify(raw, options.secret, Array.isArray(signature) ? '' : signature)
    deliveries.push({ headers: request.headers, rawBody: raw, body, signatureValid, answer })
    if (answer === 'stall') return
    if (answer === 'reset') {
      request.socket.destroy()
      return
    }
    if (answer === 'html') {
      response.writeHead(200, { 'Content-Type': 'text/html' })
      response.end('<!doctype html><html><body><form>Log in</form></body></html>')
      return
    }
    if (typeof answer === 'number') {
      response.writeHead(answer, { 'Content-Type': 'application/json' })
      response.end(JSON.stringify({ error: `status ${answer}` }))
      return
    }
    if (!signatureValid) {
      response.writeHead(401, { 'Content-Type': 'application/json' })
      response.end(JSON.stringify({ error: 'bad signature' }))
      return
    }
    const token = String(body.publishToken ?? '')
    const article = (body.article ?? {}) as { remoteId?: string | null; title?: string }
    let id = article.remoteId ?? [...posts].find(([, post]) => post.token === token)?.[0]
    if (body.event === 'publish') {
      id ??= String(nextId++)
      const html = typeof body.html === 'string' ? body.html : ''
      posts.set(id, { title: article.title ?? '', state: 'published', token, html })
    } else if (body.event === 'unpublish' && id) {
      if (body.mode === 'remove') posts.delete(id)
      else posts.set(id, { ...(posts.get(id) ?? { title: '', token, html: '' }), state: 'draft' })
    }
    response.writeHead(200, { 'Content-Type': 'application/json' })
    const base = receiver.servePages ? origin : 'https://site.example.com'
    response.end(JSON.stringify({ id, url: id ? `${base}/posts/${id}` : null }))
  }

  /** A public page of the site: the post's HTML while it is published. */
  const page = (request: IncomingMessage, response: ServerResponse): void => {
    const id = /^\/posts\/([^/?]+)/.exec(request.url ?? '')?.[1]
    const post = id ? posts.get(id) : undefined
    if (!post || post.state !== 'published') {
      response.writeHead(404, { 'Content-Type': 'text/html' }).end('<h1>Not Found</h1>')
      return
    }
    response.writeHead(200, { 'Content-Type': 'text/html; charset=utf-8' })
    response.end(`<!doctype html><title>${post.title}</title><article>${post.html}</article>`)
  }

  const server = createServer((request, response) => {
    if (request.method === 'GET') return page(request, response)
    const chunks: Buffer[] = []
    request.on('data', (chunk: Buffer) => chunks.push(chunk))
    request.on('end', () => handle(request, response, Buffer.concat(chunks).toString('utf8')))
  })
  server.on('connection', (socket) => {
    sockets.add(socket)
    socket.on('close', () => sockets.delete(socket))
  })
  await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve))
  const { port } = server.address() as AddressInfo
  const origin = `http://127.0.0.1:${port}`
  const receiver: WebhookReceiver = {
    url: `${origin}/hooks/copydesk`,
    deliveries,
    posts,
    servePages: false,
    async stop() {
      for (const socket of sockets) socket.destroy()
      await new Promise<void>((resolve) => server.close(() => resolve()))
    },
  }
  return receiver
}
