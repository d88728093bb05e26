import { createServer, type Server } from 'node:http'
import type { AddressInfo } from 'node:net'
import { afterAll, beforeAll, describe, expect, it } from 'vitest'
import { PNG } from '../preview/testing/previewFixture'
import { createGuardedFetch, type ResolveAll } from '../security/createGuardedFetch'
import { downloadRemoteImage } from './downloadRemoteImage'

/*
 * Only 127.0.0.1 is contacted. `images.test` stands for a public image host: the injected
 * resolver maps it to this machine and the guard lets it through as a configured exception;
 * `inside.test` resolves to loopback without that exception, as a hostile name would.
 */
let server: Server
let port: number
const requests: string[] = []

const resolve: ResolveAll = (hostname, _options, callback) => {
  callback(null, [{ address: '127.0.0.1', family: 4 }])
}
const publicHost = createGuardedFetch({ resolve, allowedHosts: ['images.test'] })

beforeAll(async () => {
  server = createServer((req, res) => {
    requests.push(req.url ?? '')
    if (req.url === '/p.png') res.writeHead(200, { 'content-type': 'image/png' }).end(PNG)
    else if (req.url === '/logo.svg') {
      res.writeHead(200, { 'content-type': 'image/svg+xml' }).end('<svg onload="alert(1)"/>')
    } else if (req.url === '/page') res.writeHead(200, { 'content-type': 'text/html' }).end('<p>')
    else if (req.url === '/inside') {
      res.writeHead(302, { location: `http://inside.test:${port}/p.png` }).end()
    } else res.writeHead(404).end()
  })
  await new Promise<void>((done) => server.listen(0, '127.0.0.1', done))
  port = (server.address() as AddressInfo).port
})

afterAll(async () => {
  await new Promise((done) => server.close(done))
})

describe('downloadRemoteImage', () => {
  it('downloads a raster image once, with its type', async () => {
    const image = await downloadRemoteImage(`http://images.test:${port}/p.png`, publicHost)
    expect(image.mimeType).toBe('image/png')
    expect(Buffer.from(image.bytes).equals(PNG)).toBe(true)
    expect(image.fileName).toBe('p.png')
  })

  it.each([
    ['/logo.svg', /not a picture Copydesk takes in/],
    ['/page', /not a picture Copydesk takes in/],
    ['/missing.png', /answered 404/],
    ['/inside', /on this computer or its local network/],
  ])('refuses %s with a plain reason', async (path, reason) => {
    await expect(
      downloadRemoteImage(`http://images.test:${port}${path}`, publicHost),
    ).rejects.toThrow(reason)
  })

  it('never reaches this computer through the default guard', async () => {
    const before = requests.length
    await expect(
      downloadRemoteImage(`http://127.0.0.1:${port}/p.png`, createGuardedFetch()),
    ).rejects.toThrow(/on this computer or its local network/)
    expect(requests.length).toBe(before)
  })
})
