import { createHash } from 'node:crypto'
import { createServer, type Server } from 'node:http'
import type { AddressInfo } from 'node:net'
import { afterAll, beforeAll, describe, expect, it } from 'vitest'
import { makePng } from '../../../../tests/fixtures/makePng'
import type { PublishAsset } from '../PublishTarget'
import { openedPostImages } from './openedPostImages'

const quay = makePng(20, 10)
const other = makePng(30, 10)
const asset = (bytes: Uint8Array): PublishAsset => ({
  name: `${createHash('sha256').update(bytes).digest('hex')}.png`,
  mimeType: 'image/png',
  alt: '',
  read: async () => bytes,
})

let server: Server
let site = ''
const requested: string[] = []

beforeAll(async () => {
  server = createServer((request, response) => {
    requested.push(request.url ?? '')
    if (request.url === '/uploads/quay.png') response.end(quay)
    else if (request.url === '/uploads/other.png') response.end(other)
    else response.writeHead(404).end()
  })
  await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve))
  site = `http://127.0.0.1:${(server.address() as AddressInfo).port}/`
})

afterAll(() => server.close())

describe('openedPostImages', () => {
  it('matches downloaded images to the post’s own media by their bytes, with the media id', async () => {
    const body = [
      `<img src="${site}uploads/other.png" class="wp-image-7">`,
      `<img src="${site}uploads/quay.png" alt="Quay" class="size-large wp-image-12"/>`,
      `<img src="${site}uploads/missing.png" class="wp-image-13">`,
    ].join('\n')
    const found = await openedPostImages(body, [asset(quay)], site, fetch)
    expect(Object.fromEntries(found)).toEqual({
      [asset(quay).name]: { id: 12, url: `${site}uploads/quay.png` },
    })
  })

  it('reads nothing from other hosts, nor images that are not media of the site', async () => {
    requested.length = 0
    const body = [
      `<img src="https://elsewhere.example/quay.png" class="wp-image-3">`,
      `<img src="${site}uploads/quay.png">`,
    ].join('\n')
    expect((await openedPostImages(body, [asset(quay)], site, fetch)).size).toBe(0)
    expect(requested).toEqual([])
  })
})
