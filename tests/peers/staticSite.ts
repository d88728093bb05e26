import { createReadStream, existsSync, statSync } from 'node:fs'
import { createServer } from 'node:http'
import type { AddressInfo } from 'node:net'
import { join, normalize } from 'node:path'

/** A built site served from a folder on 127.0.0.1, as a host serves its public folder. */
export interface StaticSite {
  /** The server's address, ending in "/". */
  url: string
  /** The same path on this server, for a URL the site's own domain would serve. */
  here(publicUrl: string): string
  close(): Promise<void>
}

/** Serves `folder` (read on every request, so copying a new build in shows at once). */
export async function startStaticSite(folder: string): Promise<StaticSite> {
  const server = createServer((req, res) => {
    const path = normalize(decodeURIComponent(new URL(req.url ?? '/', 'http://x').pathname))
    let file = join(folder, path)
    if (existsSync(file) && statSync(file).isDirectory()) file = join(file, 'index.html')
    if (!file.startsWith(folder) || !existsSync(file)) {
      res.writeHead(404, { 'content-type': 'text/html' }).end('<h1>Not Found</h1>')
      return
    }
    res.writeHead(200, { 'content-type': 'text/html; charset=utf-8' })
    createReadStream(file).pipe(res)
  })
  await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve))
  const url = `http://127.0.0.1:${(server.address() as AddressInfo).port}/`
  return {
    url,
    here: (publicUrl) => new URL(new URL(publicUrl).pathname, url).toString(),
    close: () =>
      new Promise((resolve) => {
        server.closeAllConnections()
        server.close(() => resolve())
      }),
  }
}
