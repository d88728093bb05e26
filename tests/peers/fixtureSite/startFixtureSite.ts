import { readFile } from 'node:fs/promises'
import { createServer, type Server } from 'node:http'
import { createRequire } from 'node:module'
import { dirname, extname, join, normalize } from 'node:path'
import { fileURLToPath } from 'node:url'
import { HOSTILE_HTML } from '../../fixtures/hostile'
import { makePng } from '../../fixtures/makePng'

/** A running fixture site: its origin, the paths it was asked for, and how to stop it. */
export interface FixtureSite {
  origin: string
  requests: string[]
  stop(): Promise<void>
}

const ROOT = fileURLToPath(new URL('./site', import.meta.url))
const TYPES: Record<string, string> = {
  '.html': 'text/html; charset=utf-8',
  '.css': 'text/css; charset=utf-8',
  '.js': 'text/javascript',
}

const require = createRequire(import.meta.url)
/** A real TrueType font that ships with playwright-core, so browsers can load the captured font. */
const REAL_FONT = join(
  dirname(require.resolve('playwright-core/package.json')),
  'lib/vite/recorder/assets/codicon-DCmgc-ay.ttf',
)

/** A few bytes that start like a WOFF2 file; enough for a capture to store and link. */
function fontBytes(seed: string): Buffer {
  return Buffer.concat([Buffer.from('wOF2'), Buffer.from(`fixture font ${seed}`.padEnd(60, '.'))])
}

const BINARY: Record<string, () => { type: string; body: Buffer }> = {
  '/img/logo.png': () => ({
    type: 'image/png',
    body: makePng(40, 20, [200, 30, 40], [90, 10, 20]),
  }),
  '/img/hero.png': () => ({ type: 'image/png', body: makePng(64, 36) }),
  '/img/hero-2x.png': () => ({ type: 'image/png', body: makePng(128, 72) }),
  '/img/pattern.png': () => ({
    type: 'image/png',
    body: makePng(8, 8, [240, 240, 240], [220, 220, 220]),
  }),
  '/img/quote-mark.png': () => ({
    type: 'image/png',
    body: makePng(12, 12, [0, 0, 0], [90, 90, 90]),
  }),
  '/favicon.png': () => ({
    type: 'image/png',
    body: makePng(16, 16, [200, 30, 40], [200, 30, 40]),
  }),
  '/img/icons.svg': () => ({
    type: 'image/svg+xml',
    body: Buffer.from(
      '<svg xmlns="http://www.w3.org/2000/svg" onload="alert(1)"><script>alert(2)</script>' +
        '<symbol id="search" viewBox="0 0 16 16"><circle cx="7" cy="7" r="5"/></symbol></svg>',
    ),
  }),
  '/fonts/sans.woff2': () => ({ type: 'font/woff2', body: fontBytes('sans') }),
}

/**
 * Serves tests/peers/fixtureSite/site on 127.0.0.1 at a free port: a corporate news site with
 * stylesheets, @import chains, web fonts and images, plus a 404, a stylesheet that fails with
 * 500, a redirect, an image where a page is expected, a page over 5 MB and addresses under
 * /slow/ that never answer. `%ORIGIN%` and `%HOST%` in text files
 * become the server's address, so pages can use absolute and protocol-relative URLs.
 */
export async function startFixtureSite(): Promise<FixtureSite> {
  const requests: string[] = []
  let origin = ''
  const server: Server = createServer((req, res) => {
    const path = new URL(req.url ?? '/', 'http://fixture').pathname
    requests.push(path)
    // Never answered: lets tests see timeouts. stop() closes these connections.
    if (path.startsWith('/slow/')) return
    void respond(path, origin).then(({ status, type, body, location }) => {
      const headers: Record<string, string> = { 'content-type': type }
      if (location) headers.location = location
      res.writeHead(status, headers)
      res.end(body)
    })
  })
  await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', () => resolve()))
  const address = server.address()
  if (!address || typeof address === 'string') throw new Error('fixture site has no port')
  origin = `http://127.0.0.1:${address.port}`
  return {
    origin,
    requests,
    stop: () =>
      new Promise<void>((resolve) => {
        server.closeAllConnections()
        server.close(() => resolve())
      }),
  }
}

interface Answer {
  status: number
  type: string
  body: Buffer | string
  location?: string
}

/** Every entry of the shared hostile corpus on one page, around an ordinary article. */
function hostileCorpusPage(): string {
  const entries = HOSTILE_HTML.map((entry) => `<div class="entry">${entry.html}</div>`).join('\n')
  return `<!DOCTYPE html><html><head><title>Corpus | Hostile</title></head><body>
<main><h1>Hostile corpus</h1><p>Ordinary article text around the hostile entries.</p></main>
<aside class="corpus">${entries}</aside></body></html>`
}

async function respond(path: string, origin: string): Promise<Answer> {
  if (path === '/hostile-corpus.html') {
    return { status: 200, type: 'text/html; charset=utf-8', body: hostileCorpusPage() }
  }
  if (path === '/fonts/serif.ttf') {
    return { status: 200, type: 'font/ttf', body: await readFile(REAL_FONT) }
  }
  const deep = /^\/css\/deep-(\d+)\.css$/.exec(path)
  if (deep) {
    const level = Number(deep[1])
    const body = `@import "deep-${level + 1}.css";\n.level-${level} { color: red }\n`
    return { status: 200, type: 'text/css', body }
  }
  if (path === '/huge.html') {
    return { status: 200, type: 'text/html', body: `<p>${'word '.repeat(1_100_000)}</p>` }
  }
  if (path === '/css/broken.css') return { status: 500, type: 'text/plain', body: 'Server error' }
  if (path === '/old-article') {
    return {
      status: 301,
      type: 'text/plain',
      body: '',
      location: '/news/2026/quarterly-results.html',
    }
  }
  const binary = BINARY[path]
  if (binary) {
    const { type, body } = binary()
    return { status: 200, type, body }
  }
  const file = normalize(join(ROOT, path))
  const type = TYPES[extname(file)]
  if (!file.startsWith(ROOT) || !type) return notFound()
  try {
    const text = await readFile(file, 'utf8')
    const body = text.replaceAll('%ORIGIN%', origin).replaceAll('%HOST%', origin.slice(5))
    return { status: 200, type, body }
  } catch {
    return notFound()
  }
}

function notFound(): Answer {
  return {
    status: 404,
    type: 'text/html',
    body: '<!doctype html><title>Not found</title><h1>Not found</h1>',
  }
}
