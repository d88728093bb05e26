import { createServer, type Server } from 'node:http'
import { readFile } from 'node:fs/promises'
import { extname, join, normalize, resolve } from 'node:path'
import react from '@vitejs/plugin-react'
import { build } from 'vite'
import type { Browser, Page } from 'playwright-core'
import { startHarness } from '../tests/harness/startHarness'
import type { BenchRow } from './BenchRow'
import { newsDoc, newsHtml } from './newsDoc'
import { percentile } from './percentile'
import { typingDuringSaves } from './typingDuringSaves'
import { typingLatency } from './typingLatency'

const ROOT = resolve(import.meta.dirname, '..')
const PAGES_OUT = join(ROOT, 'out/bench-pages')
const MIME: Record<string, string> = {
  '.html': 'text/html',
  '.js': 'text/javascript',
  '.css': 'text/css',
}

/** Builds the reference pages (bare TipTap, plain contenteditable) with the same toolchain. */
async function buildReferencePages(): Promise<void> {
  await build({
    configFile: false,
    logLevel: 'warn',
    root: join(ROOT, 'bench/pages'),
    base: './',
    plugins: [react()],
    build: {
      outDir: PAGES_OUT,
      emptyOutDir: true,
      target: 'esnext',
      rollupOptions: {
        input: {
          bare: join(ROOT, 'bench/pages/bare-tiptap.html'),
          plain: join(ROOT, 'bench/pages/contenteditable.html'),
        },
      },
    },
  })
}

function serveReferencePages(docHtml: string): Promise<{ server: Server; url: string }> {
  const server = createServer(async (req, res) => {
    const path = new URL(req.url ?? '/', 'http://x').pathname
    if (path === '/doc.html') {
      res.writeHead(200, { 'content-type': 'text/html' }).end(docHtml)
      return
    }
    const file = normalize(join(PAGES_OUT, path))
    if (!file.startsWith(PAGES_OUT)) return void res.writeHead(403).end()
    try {
      const body = await readFile(file)
      res.writeHead(200, { 'content-type': MIME[extname(file)] ?? 'application/octet-stream' })
      res.end(body)
    } catch {
      res.writeHead(404).end()
    }
  })
  return new Promise((done) =>
    server.listen(0, '127.0.0.1', () => {
      const address = server.address()
      const port = typeof address === 'object' && address ? address.port : 0
      done({ server, url: `http://127.0.0.1:${port}` })
    }),
  )
}

type PageKind = 'copydesk' | 'bare' | 'plain'

async function openReference(browser: Browser, url: string): Promise<Page> {
  const page = await browser.newPage({ viewport: { width: 1280, height: 800 } })
  await page.goto(url)
  return page
}

/**
 * Typing latency in a long article: Copydesk's editor (toolbar, word count, autosave, all panes)
 * against bare TipTap and plain contenteditable, interleaved in one run.
 */
export async function runTypingBench(words = 50_000, rounds = 3, keys = 300): Promise<BenchRow[]> {
  await buildReferencePages()
  const reference = await serveReferencePages(newsHtml(words))
  const harness = await startHarness({ headless: true, viewport: { width: 1280, height: 800 } })
  try {
    const article = await harness.services.library.create({
      title: `Typing benchmark, ${words} words`,
    })
    await harness.services.library.save({ id: article.meta.id, doc: newsDoc(words) }, 'bench')
    const samples: Record<PageKind, number[]> = { copydesk: [], bare: [], plain: [] }
    for (let round = 0; round < rounds; round++) {
      for (const kind of ['copydesk', 'bare', 'plain'] as const) {
        let page: Page
        if (kind === 'copydesk') {
          await harness.reload()
          page = harness.page
          await page.click(`[data-testid=article-row][data-id="${article.meta.id}"]`)
        } else {
          const file = kind === 'bare' ? 'bare-tiptap.html' : 'contenteditable.html'
          page = await openReference(harness.browser, `${reference.url}/${file}`)
        }
        samples[kind].push(...(await typingLatency(page, keys)))
        if (kind !== 'copydesk') await page.close()
      }
    }
    await harness.reload()
    await harness.page.click(`[data-testid=article-row][data-id="${article.meta.id}"]`)
    const withSaves = await typingDuringSaves(harness.page, 6, 50)
    const rows: BenchRow[] = []
    const p = (kind: PageKind, q: number) => percentile(samples[kind], q)
    for (const kind of ['copydesk', 'bare', 'plain'] as const) {
      rows.push({
        name: `typing ${words / 1000}k words, ${kind}: p50`,
        value: p(kind, 50),
        unit: 'ms',
      })
      rows.push({
        name: `typing ${words / 1000}k words, ${kind}: p95`,
        value: p(kind, 95),
        unit: 'ms',
        ...(kind === 'copydesk'
          ? { target: '< 16 ms (real hardware)', pass: p(kind, 95) < 16 }
          : {}),
      })
    }
    const ratioBare = p('copydesk', 95) / p('bare', 95)
    rows.push({
      name: `typing ${words / 1000}k words: p95 ratio copydesk / bare TipTap`,
      value: ratioBare,
      unit: '×',
      target: '≤ 1.3×',
      pass: ratioBare <= 1.3,
    })
    rows.push({
      name: `typing ${words / 1000}k words: p95 ratio copydesk / contenteditable`,
      value: p('copydesk', 95) / p('plain', 95),
      unit: '×',
    })
    rows.push({
      name: `typing ${words / 1000}k words: p50 ratio copydesk / bare TipTap`,
      value: p('copydesk', 50) / p('bare', 50),
      unit: '×',
    })
    const label = `typing ${words / 1000}k words while autosaving`
    rows.push({ name: `${label}: saves during the run`, value: withSaves.saves, unit: 'saves' })
    rows.push({ name: `${label}: p50`, value: percentile(withSaves.latencies, 50), unit: 'ms' })
    rows.push({
      name: `${label}: p95 ratio to continuous typing`,
      value: percentile(withSaves.latencies, 95) / p('copydesk', 95),
      unit: '×',
      target: '≈ 1× (typing never waits for a save)',
    })
    rows.push({
      name: `${label}: longest main-thread task`,
      value: withSaves.longestTask,
      unit: 'ms',
    })
    return rows
  } finally {
    await harness.close()
    reference.server.close()
  }
}
