import { load, type CheerioAPI } from 'cheerio'
import type { CaptureSlotFinding } from '@shared/sites/captureSlots'
import { t } from '@shared/i18n/i18n'
import { mkdir, writeFile } from 'node:fs/promises'
import { join } from 'node:path'
import { settleMarkup } from '../../security/applyMarkupPolicy'
import { createGuardedFetch } from '../../security/createGuardedFetch'
import { PageAssetDownloader } from './PageAssetDownloader'
import { CaptureError } from './CaptureError'
import { FetchFailure, fetchResource, type FetchedResource } from './fetchResource'
import { findArticleBody } from './findArticleBody'
import { LiquidMarkers } from './LiquidMarkers'
import { localizePage } from './localizePage'
import { markSlots } from './markSlots'
import { sanitizePage } from './sanitizePage'
import { siteNameOf } from './siteNameOf'

export { CaptureError } from './CaptureError'

/** What to capture and where to write the theme. */
export interface CaptureOptions {
  /** An article page of the live site. */
  url: string
  /** CSS selector of the article body; detected when omitted. */
  selector?: string
  /** Empty folder that receives theme.json, article.liquid and assets/. */
  destDir: string
  fetch?: typeof fetch
  timeoutMs?: number
  /** Called as each stylesheet, font or image is stored or given up on. */
  onProgress?: (progress: CaptureProgress) => void
}

/** How far a capture has got, for a progress line. */
export interface CaptureProgress {
  stored: number
  failed: number
}

/** What a finished capture reports. */
export interface CaptureResult {
  /** Things the preview will lack or show differently, in words for people. */
  warnings: string[]
  /** The theme's name as written to theme.json. */
  name: string
  /** Which regions of the page became slots, and which were not found. */
  slots: CaptureSlotFinding[]
  /** How many stylesheets, fonts and images were stored in assets/. */
  assetCount: number
}

/** The policy every captured page carries, whatever the preview pane adds on top. */
export const CAPTURED_CSP =
  "default-src 'none'; img-src 'self' data:; style-src 'self' 'unsafe-inline'; font-src 'self' data:"

const PAGE_BYTES = 5_000_000
const ASSET_BYTES = 15_000_000
const DEFAULT_TIMEOUT_MS = 15_000
/** Serialize-and-parse rounds until sanitizing changes nothing (mutation XSS shows up here). */
const MAX_SANITIZE_ROUNDS = 4

/** Downloads an article page and turns it into a preview theme folder. */
export async function captureTheme(options: CaptureOptions): Promise<CaptureResult> {
  const address = parseAddress(options.url)
  // The page's own host is the person's choice; whatever else it names must be public.
  const fetchImpl = options.fetch ?? createGuardedFetch({ allowedHosts: [address.hostname] })
  const timeoutMs = options.timeoutMs ?? DEFAULT_TIMEOUT_MS
  const page = await downloadPage(address, fetchImpl, timeoutMs)
  const $ = load(decodePage(page))
  const base = baseOf($, page.url)
  const name = siteNameOf($, page.url)

  sanitizePage($)
  const body = findArticleBody($, options.selector)
  const markers = new LiquidMarkers()
  const marked = markSlots($, body, markers, page.url)

  const assetsDir = join(options.destDir, 'assets')
  await mkdir(assetsDir, { recursive: true })
  const limits = { fetch: fetchImpl, timeoutMs, maxBytes: ASSET_BYTES }
  const store = new PageAssetDownloader(assetsDir, limits, options.onProgress)
  await localizePage($, base, store, markers)
  addHeadMeta($)

  const template = markers.finish(settle($.html()))
  await writeFile(join(options.destDir, 'article.liquid'), template, 'utf8')
  const theme = {
    name,
    template: 'article.liquid',
    source: page.url.href,
    capturedAt: new Date().toISOString(),
  }
  await writeFile(join(options.destDir, 'theme.json'), `${JSON.stringify(theme, null, 2)}\n`)
  return {
    warnings: [...store.warnings, ...marked.warnings],
    slots: marked.slots,
    name,
    assetCount: store.fileCount,
  }
}

function parseAddress(address: string): URL {
  let url: URL
  try {
    url = new URL(address.trim())
  } catch {
    throw new CaptureError(t('previewMain.capture.notAnAddress', { address }))
  }
  if (url.protocol !== 'http:' && url.protocol !== 'https:') {
    throw new CaptureError(t('previewMain.capture.notWeb'))
  }
  return url
}

async function downloadPage(
  url: URL,
  fetchImpl: typeof fetch,
  timeoutMs: number,
): Promise<FetchedResource> {
  let page: FetchedResource
  try {
    page = await fetchResource(url, { fetch: fetchImpl, timeoutMs, maxBytes: PAGE_BYTES })
  } catch (error) {
    if (!(error instanceof FetchFailure)) throw error
    if (error.status)
      throw new CaptureError(t('previewMain.capture.pageAnswered', { status: error.status }))
    throw new CaptureError(`${error.message}.`)
  }
  const sniffed =
    page.contentType === '' &&
    /^\s*<(!doctype html|html)/i.test(page.body.toString('latin1', 0, 512).replace(/^\uFEFF/, ''))
  if (
    page.contentType !== 'text/html' &&
    page.contentType !== 'application/xhtml+xml' &&
    !sniffed
  ) {
    const type = page.contentType || t('previewMain.capture.unknownType')
    throw new CaptureError(t('previewMain.capture.notAPage', { type }))
  }
  return page
}

/** Decodes with the charset the page declares (header, then meta), UTF-8 otherwise. */
function decodePage(page: FetchedResource): string {
  const head = page.body.subarray(0, 2048).toString('latin1')
  const declared = page.charset ?? /<meta[^>]+charset=["']?([\w-]+)/i.exec(head)?.[1] ?? 'utf-8'
  try {
    return new TextDecoder(declared).decode(page.body)
  } catch {
    return new TextDecoder('utf-8').decode(page.body)
  }
}

function baseOf($: CheerioAPI, pageUrl: URL): URL {
  const href = $('base[href]').first().attr('href')
  if (!href) return pageUrl
  try {
    const base = new URL(href, pageUrl)
    return base.protocol === 'http:' || base.protocol === 'https:' ? base : pageUrl
  } catch {
    return pageUrl
  }
}

function addHeadMeta($: CheerioAPI): void {
  const csp = $('<meta http-equiv="Content-Security-Policy">').attr('content', CAPTURED_CSP)
  $('head').prepend($('<meta charset="utf-8">'), csp)
}

/**
 * Parses and sanitizes the serialized page again until it stops changing, so markup that a
 * browser would read differently from how it was written cannot bring back a script.
 */
function settle(html: string): string {
  const settled = settleMarkup(
    html,
    ($) => {
      sanitizePage($)
      addHeadMeta($)
    },
    MAX_SANITIZE_ROUNDS,
  )
  if (settled === null) throw new CaptureError(t('previewMain.capture.notSafe'))
  return settled
}
