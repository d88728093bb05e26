import { createServer, type Server } from 'node:http'
import type { AddressInfo } from 'node:net'
import { afterEach, beforeEach, describe, expect, it } from 'vitest'
import { createGuardedFetch, type ResolveAll } from './createGuardedFetch'

/*
 * Only 127.0.0.1 is ever contacted. Names are resolved by an injected resolver, never by real
 * DNS, and private addresses other than loopback are only ever refused before connecting.
 */

let server: Server
let port: number
let requests: string[]

/** A resolver that knows a few test names, all of them on this machine. */
const resolve: ResolveAll = (hostname, _options, callback) => {
  const known: Record<string, string> = {
    'site.test': '127.0.0.1',
    'rebind.test': '127.0.0.1',
    'mapped.test': '::ffff:127.0.0.1',
  }
  const address = known[hostname]
  if (address === undefined) {
    const error = Object.assign(new Error(`getaddrinfo ENOTFOUND ${hostname}`), {
      code: 'ENOTFOUND',
    })
    callback(error, [])
  } else callback(null, [{ address, family: address.includes(':') ? 6 : 4 }])
}

beforeEach(async () => {
  requests = []
  server = createServer((req, res) => {
    requests.push(`${req.headers.host} ${req.url}`)
    if (req.url === '/to-rebind') {
      res.writeHead(302, { location: `http://rebind.test:${port}/secret` }).end()
    } else if (req.url === '/to-metadata') {
      res.writeHead(302, { location: 'http://169.254.169.254/latest/meta-data/' }).end()
    } else if (req.url === '/to-same') {
      res.writeHead(301, { location: '/image.png' }).end()
    } else res.writeHead(200, { 'content-type': 'image/png' }).end('png')
  })
  await new Promise<void>((done) => server.listen(0, '127.0.0.1', done))
  port = (server.address() as AddressInfo).port
})

afterEach(async () => {
  await new Promise((done) => server.close(done))
})

describe('createGuardedFetch', () => {
  it.each([
    () => `http://127.0.0.1:${port}/x`,
    () => `http://localhost:${port}/x`,
    () => `http://[::ffff:127.0.0.1]:${port}/x`,
    () => `http://2130706433:${port}/x`,
    () => 'http://169.254.169.254/latest/meta-data/',
    () => 'http://10.0.0.1/admin',
    () => 'http://[fe80::1]/',
  ])('refuses a private address as written (%#) without connecting', async (target) => {
    const guarded = createGuardedFetch({ resolve })
    await expect(guarded(target())).rejects.toMatchObject({ code: 'EPRIVATEADDRESS' })
    expect(requests).toEqual([])
  })

  it('refuses a DNS name that resolves to loopback, checked at connect time', async () => {
    const guarded = createGuardedFetch({ resolve })
    await expect(guarded(`http://rebind.test:${port}/secret`)).rejects.toMatchObject({
      code: 'EPRIVATEADDRESS',
    })
    await expect(guarded(`http://mapped.test:${port}/secret`)).rejects.toMatchObject({
      code: 'EPRIVATEADDRESS',
    })
    expect(requests).toEqual([])
  })

  it('lets the configured site through, and follows its redirects on the same site', async () => {
    const guarded = createGuardedFetch({ resolve, allowedHosts: ['site.test'] })
    const response = await guarded(`http://site.test:${port}/to-same`)
    expect(response.status).toBe(200)
    expect(await response.text()).toBe('png')
    expect(requests).toEqual([`site.test:${port} /to-same`, `site.test:${port} /image.png`])
  })

  it('checks every redirect: into a name that resolves privately, or into cloud metadata', async () => {
    const guarded = createGuardedFetch({ resolve, allowedHosts: ['site.test'] })
    await expect(guarded(`http://site.test:${port}/to-rebind`)).rejects.toMatchObject({
      code: 'EPRIVATEADDRESS',
    })
    await expect(guarded(`http://site.test:${port}/to-metadata`)).rejects.toMatchObject({
      code: 'EPRIVATEADDRESS',
    })
    expect(requests).toEqual([`site.test:${port} /to-rebind`, `site.test:${port} /to-metadata`])
  })

  it('hands a redirect back when the caller follows redirects itself', async () => {
    const guarded = createGuardedFetch({ resolve, allowedHosts: ['site.test'] })
    const response = await guarded(`http://site.test:${port}/to-metadata`, { redirect: 'manual' })
    expect(response.status).toBe(302)
    expect(response.headers.get('location')).toBe('http://169.254.169.254/latest/meta-data/')
  })

  it('passes on a resolver failure as fetch would', async () => {
    const guarded = createGuardedFetch({ resolve })
    await expect(guarded(`http://unknown.test:${port}/`)).rejects.toMatchObject({
      cause: { code: 'ENOTFOUND' },
    })
  })
})
