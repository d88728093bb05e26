import { createReadStream } from 'node:fs'
import { stat } from 'node:fs/promises'
import { createServer, type Server } from 'node:http'
import type { AddressInfo } from 'node:net'
import { resolveAppRequest, type AppRequestSources } from '../../src/main/serving/resolveAppRequest'

/** A running server for the app's origin. */
export interface AppServer {
  baseUrl: string
  close(): Promise<void>
}

/**
 * Serves the built renderer and `/media/<articleId>/<name>` on 127.0.0.1 with the same routing
 * and headers (CSP included) as Electron's `copydesk://app` protocol handler.
 */
export async function serveApp(sources: () => AppRequestSources): Promise<AppServer> {
  let host = ''
  const server: Server = createServer((req, res) => {
    // Only our own origin: a page elsewhere cannot reach library files by DNS rebinding.
    if (req.headers.host !== host) return void res.writeHead(421).end()
    const { pathname } = new URL(req.url ?? '/', `http://${host}`)
    const answer = resolveAppRequest(req.method ?? 'GET', pathname, sources())
    if (answer.kind === 'error') return void res.writeHead(answer.status, answer.headers).end()
    // Browser tabs ask for a favicon the app does not ship; an empty answer keeps logs clean.
    const missing = () => void res.writeHead(pathname === '/favicon.ico' ? 204 : 404).end()
    stat(answer.filePath).then((info) => {
      if (!info.isFile()) return missing()
      res.writeHead(200, { ...answer.headers, 'Content-Length': String(info.size) })
      if (req.method === 'HEAD') return void res.end()
      createReadStream(answer.filePath)
        .on('error', () => res.destroy())
        .pipe(res)
    }, missing)
  })
  await new Promise<void>((resolve, reject) => {
    server.once('error', reject)
    server.listen(0, '127.0.0.1', () => resolve())
  })
  host = `127.0.0.1:${(server.address() as AddressInfo).port}`
  return {
    baseUrl: `http://${host}`,
    close: () =>
      new Promise((resolve) => {
        server.closeAllConnections()
        server.close(() => resolve())
      }),
  }
}
