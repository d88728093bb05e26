import { createGuardedFetch } from '../src/main/security/createGuardedFetch'
import { createServer } from 'node:http'
import type { AddressInfo } from 'node:net'
import { makePng } from '../tests/fixtures/makePng'
import { makeWxr } from '../tests/fixtures/wxr/makeWxr'
import { startHarness } from '../tests/harness/startHarness'
import type { BenchRow } from './BenchRow'
import { newsDoc } from './newsDoc'
import { renderHtml } from '../src/shared/render/html/renderHtml'

const POSTS = 1000

/**
 * Importing a 1,000-post WordPress export through the app (browser harness): each post a
 * ~300-word story in block-editor markup with a featured image served on 127.0.0.1, so every
 * image is downloaded and stored. Measures the time from picking the file to the summary, the
 * main side's peak memory and the window's JS heap after.
 */
export async function runWxrImportBench(): Promise<BenchRow[]> {
  const images = Array.from({ length: 20 }, (_, i) => makePng(320 + i, 200))
  const server = createServer((request, response) => {
    const index = Number(/^\/img\/(\d+)\.png$/.exec(request.url ?? '')?.[1] ?? -1)
    const image = images[index % images.length]
    if (index >= 0 && image) response.writeHead(200, { 'Content-Type': 'image/png' }).end(image)
    else response.writeHead(404).end()
  })
  await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve))
  const { port } = server.address() as AddressInfo
  const body = renderHtml(newsDoc(300))
    .split('\n')
    .map((block) => `<!-- wp:paragraph -->${block}<!-- /wp:paragraph -->`)
    .join('\n')
  const xml = makeWxr(
    Array.from({ length: POSTS }, (_, i) => [
      {
        id: i + 1,
        title: `Story number ${i + 1}`,
        body,
        categories: ['News'],
        tags: ['bench', `t${i % 10}`],
        thumbnailId: 100_000 + i,
      },
      {
        id: 100_000 + i,
        title: `image-${i}.png`,
        type: 'attachment',
        status: 'inherit',
        attachmentUrl: `http://127.0.0.1:${port}/img/${i}.png`,
      },
    ]).flat(),
  )
  const h = await startHarness({
    fetchForDocument: createGuardedFetch({ allowedHosts: ['127.0.0.1'] }),
  })
  try {
    await h.page.waitForSelector('[data-testid=new-article]')
    let peakRss = process.memoryUsage().rss
    const sampler = setInterval(() => {
      peakRss = Math.max(peakRss, process.memoryUsage().rss)
    }, 50)
    const startRss = process.memoryUsage().rss
    const chooser = h.page.waitForEvent('filechooser')
    await h.page.click('[data-testid=transfer-menu]')
    await h.page.click('[data-testid=import-files]')
    const started = performance.now()
    await (
      await chooser
    ).setFiles([{ name: 'site.xml', mimeType: 'text/xml', buffer: Buffer.from(xml) }])
    await h.page.waitForSelector('[data-testid=import-summary]', { timeout: 600_000 })
    const ms = performance.now() - started
    clearInterval(sampler)
    const counts = (await h.page.textContent('[data-testid=import-counts]')) ?? ''
    const imported = Number(/^(\d+)/.exec(counts)?.[1] ?? 0)
    const heap = await h.page.evaluate(
      () =>
        (performance as unknown as { memory?: { usedJSHeapSize: number } }).memory
          ?.usedJSHeapSize ?? 0,
    )
    const mb = (bytes: number) => Math.round(bytes / 1024 / 1024)
    return [
      { name: `wxr: export size (${POSTS} posts)`, value: mb(xml.length), unit: 'MB' },
      {
        name: 'wxr: posts imported',
        value: imported,
        unit: 'posts',
        target: `= ${POSTS}`,
        pass: imported === POSTS,
      },
      { name: 'wxr: import time, file to summary', value: Math.round(ms), unit: 'ms' },
      { name: 'wxr: per post', value: Math.round((ms / POSTS) * 10) / 10, unit: 'ms' },
      { name: 'wxr: main side peak RSS', value: mb(peakRss), unit: 'MB' },
      { name: 'wxr: main side RSS growth', value: mb(peakRss - startRss), unit: 'MB' },
      { name: 'wxr: window JS heap after', value: mb(heap), unit: 'MB' },
    ]
  } finally {
    await h.close()
    server.close()
  }
}
