import { readFile } from 'node:fs/promises'
import type { CheerioAPI } from 'cheerio'
import type { ArticleMeta, DocNode } from '@shared/article/Article'
import { ASSET_SRC_PREFIX, assetUrl } from '@shared/article/assetSrc'
import type { RenderOptions } from '@shared/render'
import { AppError } from '../../errors/AppError'
import { contentTypeFor } from '../../serving/contentTypeFor'
import { resolveAppRequest, type AppRequestSources } from '../../serving/resolveAppRequest'
import type { ThemeLocation } from '../ThemeLocation'
import { REVIEW_COPY_POLICY } from '../theme/previewPolicy'
import { renderThemedPage } from '../theme/renderThemedPage'
import type { ThemeEngine } from '../theme/ThemeEngine'
import { themeVariablesFor } from '../theme/themeVariablesFor'
import { fetchRemoteResource } from './fetchRemoteResource'
import { addReviewBanner } from './reviewBanner'
import { ResourceInliner, resolveUrl, type Resource } from './ResourceInliner'

/** Stands for the app's origin while resolving the page's own URLs. */
const APP_BASE = 'http://copydesk.invalid'

export interface ReviewCopyInput {
  meta: ArticleMeta
  doc: DocNode
  theme: ThemeLocation
  engine: ThemeEngine
  renderBody: (doc: DocNode, options: RenderOptions) => string
  /** The files behind `/themes/...` and `/media/...`. */
  sources: Pick<AppRequestSources, 'assetFile' | 'themeDir'>
  fetch?: typeof fetch
  now: Date
}

/**
 * One self-contained HTML file of the article in its theme: styles inlined, images and fonts as
 * data: URIs, no script and a policy that loads nothing, and a "Review copy" banner on top.
 */
export async function buildReviewCopy(input: ReviewCopyInput): Promise<string> {
  const { meta, theme } = input
  const inliner = new ResourceInliner((url) => loadResource(url, input))
  const images = await inlineDocImages(input, inliner)
  const imageUrl = (src: string): string | null => images.get(src) ?? null
  const body = input.renderBody(input.doc, { imageUrl })
  const { content: _content, ...variables } = themeVariablesFor({
    meta,
    doc: input.doc,
    site: theme.site,
    content: '',
    themeUrl: theme.url,
    imageUrl,
    now: input.now,
  })
  const page = await renderThemedPage(input.engine, theme.dir, variables, body, REVIEW_COPY_POLICY)
  if (!page.ok) {
    const where = page.error.line === null ? '' : ` (${page.error.file}, line ${page.error.line})`
    throw new AppError('refused', `The theme has an error${where}: ${page.error.message}`)
  }
  await inliner.inlineDocument(page.dom, new URL(`${theme.url}/`, APP_BASE))
  pointLinksAtSite(page.dom, theme.site.url)
  page.dom('form').removeAttr('action')
  addReviewBanner(page.dom, meta.title, input.now)
  return page.finish()
}

/** Each image of the document (and the featured image) as a data: URI, by its stored src. */
async function inlineDocImages(
  input: ReviewCopyInput,
  inliner: ResourceInliner,
): Promise<Map<string, string>> {
  const sources = new Set<string>()
  collectImageSources(input.doc, sources)
  if (input.meta.featuredImage) sources.add(input.meta.featuredImage.src)
  const images = new Map<string, string>()
  for (const src of sources) {
    const path = src.startsWith(ASSET_SRC_PREFIX) ? assetUrl(input.meta.id, src) : src
    const url = resolveUrl(path, new URL(APP_BASE))
    const data = url ? await inliner.dataUri(url) : null
    if (data) images.set(src, data)
  }
  return images
}

function collectImageSources(node: DocNode, out: Set<string>): void {
  const src = node.attrs?.src
  if (node.type === 'image' && typeof src === 'string') out.add(src)
  for (const child of node.content ?? []) collectImageSources(child, out)
}

async function loadResource(url: URL, input: ReviewCopyInput): Promise<Resource | null> {
  if (url.origin !== APP_BASE) {
    return fetchRemoteResource(url, input.fetch ?? globalThis.fetch)
  }
  // Only theme files and article images; never the app's own code.
  if (!/^\/(themes|media)\//.test(url.pathname)) return null
  const answer = resolveAppRequest('GET', url.pathname, { ...input.sources, rendererDir: '' })
  if (answer.kind !== 'file') return null
  const bytes = await readFile(answer.filePath).catch(() => null)
  if (!bytes) return null
  return { bytes, type: contentTypeFor(answer.filePath).split(';')[0] ?? '' }
}

/**
 * Links keep working outside the app: site-relative ones point at the public site, or lose
 * their target when the site has no address.
 */
function pointLinksAtSite($: CheerioAPI, siteUrl: string): void {
  const site = /^https?:\/\//i.test(siteUrl) ? new URL(siteUrl) : null
  $('a[href], area[href]').each((_, el) => {
    const href = (el.attribs.href ?? '').trim()
    if (href.startsWith('#')) return
    const url = resolveUrl(href, new URL(`${APP_BASE}/`))
    if (!url) return void $(el).removeAttr('href')
    if (url.origin !== APP_BASE) {
      if (!/^(https?|mailto|tel):$/.test(url.protocol)) $(el).removeAttr('href')
      return
    }
    if (site) $(el).attr('href', new URL(url.pathname + url.search + url.hash, site).href)
    else $(el).removeAttr('href')
  })
}
