import { afterAll, beforeAll, describe, expect, it } from 'vitest'
import type { DocNode } from '../../src/shared/article/Article'
import type { PublishJob } from '../../src/shared/publish/Publish'
import type { Services } from '../../src/main/createServices'
import { AssetsChannel } from '../../src/main/ipc/channels/AssetsChannel'
import { makePng } from '../fixtures/makePng'
import type { GhostPeer } from '../peers/ghost'
import { startGhostNewsroom, type GhostNewsroom } from './ghostNewsroom'

interface RawPost {
  id: string
  title: string
  html: string
  lexical: string
  updated_at: string
  status: string
  feature_image: string | null
  feature_image_alt: string | null
  tags: { name: string }[]
}

let ghost: GhostPeer
let newsroom: GhostNewsroom
let services: Services
let siteId = ''
const publish = (articleId: string): Promise<PublishJob> => newsroom.publish(articleId)

async function raw(id: string): Promise<RawPost> {
  const body = (await ghost.adminRequest(
    'GET',
    `posts/${id}/?formats=html,lexical&include=tags`,
  )) as { posts: RawPost[] }
  return body.posts[0] as RawPost
}

/** A post made through Ghost's own Admin API, not by Copydesk. */
async function sitePost(fields: Record<string, unknown>): Promise<RawPost> {
  const body = (await ghost.adminRequest('POST', 'posts/?source=html&formats=html,lexical', {
    posts: [{ status: 'published', ...fields }],
  })) as { posts: RawPost[] }
  return body.posts[0] as RawPost
}

const paragraph = (text: string): DocNode => ({
  type: 'paragraph',
  content: [{ type: 'text', text }],
})
const image = (src: string, alt: string): DocNode => ({ type: 'image', attrs: { src, alt } })

/** Opens a post with `doc` standing in for the window's reading of its HTML. */
async function openPost(id: string, doc: DocNode): Promise<string> {
  const ref = { siteId, type: 'post' as const, postId: id }
  const { version } = await services.sitePosts.read(ref)
  return (await services.sitePosts.open({ ...ref, doc, version })).id
}

beforeAll(async () => {
  newsroom = await startGhostNewsroom('copydesk-ghost-roundtrip-', { downloads: true })
  ;({ ghost, services, siteId } = newsroom)
}, 900_000)

afterAll(async () => {
  await newsroom?.close()
})

describe('a post made in Ghost, opened in Copydesk', () => {
  it('with its images downloaded: an Update changes nothing on Ghost, an edit only the text', async () => {
    const quay = await ghost.uploadImage(makePng(64, 48), 'quay.png')
    const crane = await ghost.uploadImage(
      makePng(40, 30, [10, 120, 60], [200, 40, 40]),
      'crane.png',
    )
    const cover = await ghost.uploadImage(makePng(80, 40, [90, 20, 120], [250, 250, 200]), 'c.png')
    const post = await sitePost({
      title: 'Harbour pictures',
      html: [
        '<p>The quay at dawn.</p>',
        `<figure class="kg-card kg-image-card"><img src="${quay}" class="kg-image" alt="The quay"></figure>`,
        '<p>The old crane.</p>',
        `<figure class="kg-card kg-image-card"><img src="${crane}" class="kg-image" alt="The crane"></figure>`,
      ].join(''),
      feature_image: cover,
      feature_image_alt: 'The harbour from above',
      tags: [{ name: 'Harbours' }, { name: 'Lyon' }, { name: '#newsletter' }],
    })
    // The window reads the images where Ghost's HTML has them.
    const [quayAt, craneAt] = [...post.html.matchAll(/<img src="([^"]+)"/g)].map((m) => m[1])
    expect(quayAt).toBe(quay)
    const articleId = await openPost(post.id, {
      type: 'doc',
      content: [
        paragraph('The quay at dawn.'),
        image(quayAt ?? '', 'The quay'),
        paragraph('The old crane.'),
        image(craneAt ?? '', 'The crane'),
      ],
    })
    const opened = await services.library.get(articleId)
    expect(opened.meta).toMatchObject({
      category: 'Harbours',
      tags: ['Lyon'],
      featuredImage: { src: cover, alt: 'The harbour from above' },
    })
    const files = await ghost.imageFiles()

    // What the editor's Download all does, and the featured image replaced by the same picture.
    const assets = new AssetsChannel(services)
    const doc = structuredClone(opened.doc)
    for (const node of doc.content ?? []) {
      if (node.type !== 'image' || typeof node.attrs?.src !== 'string') continue
      node.attrs.src = (await assets.download({ articleId, url: node.attrs.src })).src
    }
    const featured = await assets.download({ articleId, url: cover })
    await services.library.save(
      {
        id: articleId,
        doc,
        meta: { featuredImage: { src: featured.src, alt: 'The harbour from above' } },
      },
      'Test',
    )

    const plan = await services.publish.plan(articleId, siteId)
    expect(plan.plan?.changes.filter((c) => c.action === 'upload')).toEqual([])
    const job = await publish(articleId)
    expect(job.state, job.message ?? '').toBe('done')
    const same = await raw(post.id)
    expect(same.updated_at).toBe(post.updated_at)
    expect(same.html).toBe(post.html)
    expect(same.lexical).toBe(post.lexical)
    expect(same.feature_image).toBe(cover)
    expect(same.tags.map((t) => t.name)).toEqual(['Harbours', 'Lyon', '#newsletter'])
    expect(await ghost.imageFiles()).toEqual(files)

    doc.content?.push(paragraph('Added line.'))
    await services.library.save({ id: articleId, doc }, 'Test')
    expect((await publish(articleId)).state).toBe('done')
    const edited = await raw(post.id)
    expect(edited.html).toContain('Added line.')
    expect(edited.html).toContain(`src="${quay}"`)
    expect(edited.html).toContain(`src="${crane}"`)
    expect(edited.title).toBe('Harbour pictures')
    expect(edited.feature_image).toBe(cover)
    expect(edited.tags.map((t) => t.name)).toEqual(['Harbours', 'Lyon', '#newsletter'])
    expect(await ghost.imageFiles()).toEqual(files)

    await services.library.save({ id: articleId, meta: { category: 'Ports' } }, 'Test')
    expect((await publish(articleId)).state).toBe('done')
    const recategorised = await raw(post.id)
    expect(recategorised.tags.map((t) => t.name)).toEqual(['Ports', 'Lyon', '#newsletter'])
    expect(recategorised.html).toBe(edited.html)
  })
})
