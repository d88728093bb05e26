import { mkdtemp, readdir, rm } from 'node:fs/promises'
import { createServer, type Server } from 'node:http'
import type { AddressInfo } from 'node:net'
import { tmpdir } from 'node:os'
import { join } from 'node:path'
import { afterAll, beforeAll, expect, it } from 'vitest'
import { captureTheme } from './captureTheme'

/*
 * The page comes from the address the person typed (127.0.0.1, the one exception); what it
 * names on other local names or private ranges must never be requested. Only 127.0.0.1 is
 * contacted: the private targets other than loopback are refused before any connection.
 */

let server: Server
let origin: string
let port: number
const requests: string[] = []
let folder: string

beforeAll(async () => {
  server = createServer((req, res) => {
    requests.push(req.url ?? '')
    if (req.url === '/news/article.html') {
      res.writeHead(200, { 'content-type': 'text/html' }).end(`<!doctype html>
<html><head><title>News</title>
<link rel="stylesheet" href="/theme.css">
<link rel="stylesheet" href="http://169.254.169.254/latest/meta-data/style.css">
</head><body><header><img src="http://localhost:${port}/secret-logo.png" alt="logo"></header>
<article><h1>Title</h1><p>Body text of the article that is long enough to be found.</p>
<img src="http://[::1]:${port}/beacon.gif"><img src="http://10.0.0.1/intranet.png"></article>
</body></html>`)
    } else if (req.url === '/theme.css') {
      res
        .writeHead(200, { 'content-type': 'text/css' })
        .end(`body { background: url(http://localhost:${port}/secret-bg.png) } h1 { color: navy }`)
    } else res.writeHead(200, { 'content-type': 'image/png' }).end('png')
  })
  await new Promise<void>((done) => server.listen(0, '127.0.0.1', done))
  port = (server.address() as AddressInfo).port
  origin = `http://127.0.0.1:${port}`
  folder = await mkdtemp(join(tmpdir(), 'copydesk-ssrf-'))
})

afterAll(async () => {
  await new Promise((done) => server.close(done))
  await rm(folder, { recursive: true, force: true })
})

it('captures the page from the typed address and requests nothing on other local addresses', async () => {
  await captureTheme({ url: `${origin}/news/article.html`, destDir: folder })
  expect(requests.sort()).toEqual(['/news/article.html', '/theme.css'])
  expect(await readdir(folder)).toContain('article.liquid')
})
