import {
  createServer,
  request as httpRequest,
  type IncomingMessage,
  type ServerResponse,
} from 'node:http'
import type { Socket } from 'node:net'

/*
 * An HTTP proxy between Copydesk and a server that breaks chosen requests the ways networks
 * do. Each request is numbered (from 1) and a rule picks what happens to it.
 */

export type Fault =
  /** Forward and answer normally. */
  | { kind: 'pass' }
  /** Forward; once the server has answered, cut the connection: the work is done, unseen. */
  | { kind: 'drop-after-send' }
  /** Answer this status without forwarding (500, 502, 413…). */
  | { kind: 'status'; status: number; body?: string; contentType?: string }
  /** Never answer; `forward` decides whether the server still gets (and does) the request. */
  | { kind: 'stall'; forward: boolean }

export interface ProxiedRequest {
  /** 1 for the first request through the proxy. */
  index: number
  method: string
  /** Path and query, as sent. */
  url: string
}

export interface SeenRequest extends ProxiedRequest {
  fault: Fault['kind']
  /** When the request arrived and when its answer went out, on one counter of such events. */
  arrived: number
  answered?: number
}

export type FaultRule = (request: ProxiedRequest) => Fault

export interface FaultProxy {
  url: string
  /** Every request so far, in order, with what was done to it. */
  seen: SeenRequest[]
  /** Replaces the rule (the default passes everything). */
  setRule(rule: FaultRule): void
  close(): Promise<void>
}

export const pass: FaultRule = () => ({ kind: 'pass' })

/** A rule that applies `fault` to the requests matching `match`, `times` times, then passes. */
export function faultOnce(
  match: (request: ProxiedRequest) => boolean,
  fault: Fault,
  times = 1,
): FaultRule {
  let left = times
  return (request) => {
    if (left > 0 && match(request)) {
      left--
      return fault
    }
    return { kind: 'pass' }
  }
}

/** Starts a proxy on 127.0.0.1 to `upstream` (`http://127.0.0.1:port`). */
export async function startFaultProxy(upstream: string): Promise<FaultProxy> {
  const target = new URL(upstream)
  let rule: FaultRule = pass
  let count = 0
  const seen: SeenRequest[] = []
  let events = 0
  const sockets = new Set<Socket>()
  let origin = ''

  /** Upstream addresses in redirect and discovery headers point back through the proxy. */
  const rewrite = (value: string) => value.split(target.origin).join(origin)

  const forward = (req: IncomingMessage, body: Buffer) =>
    new Promise<{ status: number; headers: IncomingMessage['headers']; body: Buffer }>(
      (resolve, reject) => {
        const out = httpRequest(
          {
            host: target.hostname,
            port: target.port,
            method: req.method,
            path: req.url,
            headers: { ...req.headers, host: target.host, connection: 'close' },
          },
          (res) => {
            const chunks: Buffer[] = []
            res.on('data', (chunk: Buffer) => chunks.push(chunk))
            res.on('end', () =>
              resolve({
                status: res.statusCode ?? 502,
                headers: res.headers,
                body: Buffer.concat(chunks),
              }),
            )
            res.on('error', reject)
          },
        )
        out.on('error', reject)
        out.end(body)
      },
    )

  const handle = async (req: IncomingMessage, res: ServerResponse) => {
    const chunks: Buffer[] = []
    for await (const chunk of req) chunks.push(chunk as Buffer)
    const body = Buffer.concat(chunks)
    const request: ProxiedRequest = {
      index: ++count,
      method: req.method ?? 'GET',
      url: req.url ?? '/',
    }
    const fault = rule(request)
    const entry: SeenRequest = { ...request, fault: fault.kind, arrived: ++events }
    seen.push(entry)
    res.on('close', () => (entry.answered = ++events))

    if (fault.kind === 'status') {
      res.writeHead(fault.status, { 'content-type': fault.contentType ?? 'text/html' })
      res.end(fault.body ?? `<html><body><h1>Error ${fault.status}</h1></body></html>`)
      return
    }
    if (fault.kind === 'stall' && !fault.forward) return // the client gives up first
    const answer = await forward(req, body)
    if (fault.kind === 'stall') return
    if (fault.kind === 'drop-after-send') {
      req.socket.destroy()
      return
    }
    const headers: Record<string, string | string[]> = {}
    for (const [name, value] of Object.entries(answer.headers)) {
      if (value === undefined || name === 'transfer-encoding' || name === 'connection') continue
      headers[name] =
        name === 'link' || name === 'location'
          ? Array.isArray(value)
            ? value.map(rewrite)
            : rewrite(value)
          : value
    }
    headers['content-length'] = String(answer.body.length)
    res.writeHead(answer.status, headers)
    res.end(answer.body)
  }

  const server = createServer((req, res) => {
    handle(req, res).catch(() => {
      if (!res.headersSent) res.writeHead(502).end()
      else res.destroy()
    })
  })
  server.on('connection', (socket) => {
    sockets.add(socket)
    socket.on('close', () => sockets.delete(socket))
  })
  await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve))
  const address = server.address()
  const port = typeof address === 'object' && address ? address.port : 0
  origin = `http://127.0.0.1:${port}`

  return {
    url: `${origin}${target.pathname}`,
    seen,
    setRule(next) {
      rule = next
    },
    close() {
      for (const socket of sockets) socket.destroy()
      return new Promise((resolve) => server.close(() => resolve()))
    },
  }
}
