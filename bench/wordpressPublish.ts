import { pathToFileURL } from 'node:url'
import type { DocNode } from '../src/shared/article/Article'
import { SiteProfileSchema } from '../src/shared/sites/SiteProfile'
import type { PublicationRecord } from '../src/shared/publish/Publish'
import { WordPressTarget } from '../src/main/publish/wordpress/WordPressTarget'
import { makeArticle, pngAsset, publishContext } from '../tests/fixtures/publishContext'
import { startWordPress } from '../tests/peers/wordpress'
import { printTable, type BenchRow } from './BenchRow'
import { newsDoc } from './newsDoc'

const IMAGES = 5

function round(n: number): number {
  return Math.round(n * 10) / 10
}

/**
 * Publishing to a real local WordPress: an 800-word article with 5 images (1200×800 PNG),
 * first publish, then a republish with nothing changed (target: no upload, one request), then
 * one after a text edit, and a retry that lost its record (found again, nothing duplicated).
 */
export async function runWordPressBench(): Promise<BenchRow[]> {
  const wp = await startWordPress()
  try {
    const rows: BenchRow[] = [
      { name: 'wordpress: cold start of the local site', value: wp.startMs, unit: 'ms' },
    ]
    let requests = 0
    const countingFetch: typeof fetch = (input, init) => {
      requests++
      return fetch(input, init)
    }
    const target = new WordPressTarget({ fetch: countingFetch, timeoutMs: 30_000 })
    const site = SiteProfileSchema.parse({
      id: 'bench-wp',
      name: 'Bench site',
      url: wp.url,
      target: { kind: 'wordpress', siteUrl: wp.url, username: 'admin' },
    })
    const assets = Array.from({ length: IMAGES }, (_, i) =>
      pngAsset(i + 1, `Photo ${i + 1}`, { width: 1200, height: 800 }),
    )
    // An image after every third block of an 800-word story.
    const blocks = [...(newsDoc(800).content ?? [])]
    assets.forEach((asset, i) =>
      blocks.splice((i + 1) * 4 - 1, 0, {
        type: 'image',
        attrs: { src: `asset:${asset.name}`, alt: asset.alt, caption: '' },
      }),
    )
    const doc: DocNode = { type: 'doc', content: blocks }
    const meta = {
      id: 'bench-article',
      title: 'Regional offices move to a shared campus',
      slug: 'regional-offices-shared-campus',
      excerpt: 'Engineering, sales and support under one roof.',
      category: 'Company News',
      tags: ['campus', 'offices'],
      featuredImage: { src: `asset:${assets[0]?.name ?? ''}`, alt: 'Photo 1' },
    }
    const publish = async (
      label: string,
      article = makeArticle(meta, doc),
      record: PublicationRecord | null,
    ) => {
      requests = 0
      const started = performance.now()
      const result = await target.publish(
        publishContext({
          article,
          site,
          record,
          assets,
          secrets: { appPassword: wp.admin.appPassword },
        }),
      )
      const ms = performance.now() - started
      return { label, result, ms, requests, uploads: target.lastStats.uploads }
    }

    const first = await publish('first publish', undefined, null)
    rows.push(
      { name: `wordpress: first publish (${IMAGES} images)`, value: round(first.ms), unit: 'ms' },
      { name: 'wordpress: first publish, requests', value: first.requests, unit: 'requests' },
      {
        name: 'wordpress: first publish, uploads',
        value: first.uploads,
        unit: 'uploads',
        target: `= ${IMAGES}`,
        pass: first.uploads === IMAGES,
      },
    )
    const same = await publish('unchanged', undefined, first.result)
    rows.push(
      { name: 'wordpress: republish unchanged', value: round(same.ms), unit: 'ms' },
      {
        name: 'wordpress: republish unchanged, requests',
        value: same.requests,
        unit: 'requests',
        target: '= 1',
        pass: same.requests === 1,
      },
      {
        name: 'wordpress: republish unchanged, uploads',
        value: same.uploads,
        unit: 'uploads',
        target: '= 0',
        pass: same.uploads === 0,
      },
    )
    const edited = makeArticle({ ...meta, title: `${meta.title}, updated` }, doc)
    const edit = await publish('text edit', edited, same.result)
    rows.push(
      { name: 'wordpress: republish after a text edit', value: round(edit.ms), unit: 'ms' },
      {
        name: 'wordpress: republish after a text edit, requests',
        value: edit.requests,
        unit: 'requests',
        target: '= 1',
        pass: edit.requests === 1,
      },
    )
    const lost = await publish('record lost', edited, null)
    rows.push(
      {
        name: 'wordpress: republish with the record lost, requests',
        value: lost.requests,
        unit: 'requests',
      },
      {
        name: 'wordpress: republish with the record lost, uploads',
        value: lost.uploads,
        unit: 'uploads',
        target: '= 0',
        pass: lost.uploads === 0 && lost.result.remoteId === first.result.remoteId,
      },
    )
    return rows
  } finally {
    await wp.stop()
  }
}

if (import.meta.url === pathToFileURL(process.argv[1] ?? '').href) {
  const rows = await runWordPressBench()
  printTable(rows)
  console.log(JSON.stringify(rows, null, 2))
}
