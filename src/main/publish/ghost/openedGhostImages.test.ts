import { createHash } from 'node:crypto'
import { createServer, type Server } from 'node:http'
import type { AddressInfo } from 'node:net'
import { afterAll, beforeAll, describe, expect, it } from 'vitest'
import { makePng } from '../../../../tests/fixtures/makePng'
import type { PublishAsset } from '../PublishTarget'
import type { GhostPost } from './GhostClient'
import { openedGhostImages } from './openedGhostImages'

const quay = makePng(20, 10)
const cover = makePng(30, 10)
const asset = (bytes: Uint8Array): PublishAsset => ({
  name: `${createHash('sha256').update(bytes).digest('hex')}.png`,
  mimeType: 'image/png',
  alt: '',
  read: async () => bytes,
})

let server: Server
let site = ''

beforeAll(async () => {
  server = createServer((request, response) => {
    if (request.url === '/content/images/quay.png') response.end(quay)
    else if (request.url === '/content/images/cover.png') response.end(cover)
    else response.writeHead(404).end()
  })
  await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve))
  site = `http://127.0.0.1:${(server.address() as AddressInfo).port}/`
})

afterAll(() => server.close())

const post = (html: string, featureImage: string | null = null): GhostPost => ({
  id: 'p1',
  uuid: 'u1',
  title: 'Quay',
  slug: 'quay',
  html,
  status: 'published',
  url: `${site}quay/`,
  updated_at: '2026-01-01T00:00:00.000Z',
  published_at: '2026-01-01T00:00:00.000Z',
  feature_image: featureImage,
})

describe('openedGhostImages', () => {
  it('gives downloaded images back the addresses the post uses, the feature image included', async () => {
    const live = post(
      `<figure class="kg-card kg-image-card"><img src="${site}content/images/quay.png" class="kg-image" alt="Quay"></figure>`,
      `${site}content/images/cover.png`,
    )
    const found = await openedGhostImages(live, [asset(quay), asset(cover)], site, fetch)
    expect(found).toEqual({
      [asset(quay).name]: `${site}content/images/quay.png`,
      [asset(cover).name]: `${site}content/images/cover.png`,
    })
  })

  it('reads nothing from other hosts, even one serving the same picture', async () => {
    const elsewhere = createServer((_request, response) => response.end(quay))
    await new Promise<void>((resolve) => elsewhere.listen(0, '127.0.0.1', resolve))
    const { port } = elsewhere.address() as AddressInfo
    const live = post(`<img src="http://127.0.0.1:${port}/content/images/quay.png">`)
    const found = await openedGhostImages(live, [asset(quay)], site, fetch)
    elsewhere.close()
    expect(found).toEqual({})
  })
})
