import { readFile } from 'node:fs/promises'
import { load, type CheerioAPI } from 'cheerio'
import type { ArticleMeta, DocNode } from '@shared/article/Article'
import { ASSET_SRC_PREFIX, assetUrl } from '@shared/article/assetSrc'
import type { RenderOptions } from '@shared/render'
import { t } from '@shared/i18n/i18n'
import { REMOTE_IMAGE_PLACEHOLDER } from '@shared/safety/remoteImagePlaceholder'
import { isWebUrl, safeLinkHref } from '@shared/safety/urlPolicy'
import { AppError } from '../../errors/AppError'
import { contentTypeFor } from '../../serving/contentTypeFor'
import { resolveAppRequest, type AppRequestSources } from '../../serving/resolveAppRequest'
import type { ThemeLocation } from '../ThemeLocation'
import { REVIEW_COPY_POLICY } from '../theme/previewPolicy'
import { renderThemedPage } from '../theme/renderThemedPage'
import type { ThemeEngine } from '../theme/ThemeEngine'
import { themeVariablesFor } from '../theme/themeVariablesFor'
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
  now: Date
}

/**
 * One self-contained HTML file of the article in its theme: styles inlined, images and fonts as
 * data: URIs, no script and a policy that loads nothing, and a "Review copy" banner on top.
 */
export async function buildReviewCopy(input: ReviewCopyInput): Promise<string> {
  const { meta, theme } = input
  // Only the article's own images go in. A web image not yet downloaded into the article
  // keeps its figure and caption; its picture (the app's placeholder) is not taken in.
  const imageUrl = (src: string): string | null => {
    if (src.startsWith(ASSET_SRC_PREFIX)) return assetUrl(meta.id, src)
    return isWebUrl(src) ? REMOTE_IMAGE_PLACEHOLDER : null
  }
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
    const { file, line, message } = page.error
    throw new AppError(
      'refused',
      line === null
        ? t('previewMain.theme.error', { message })
        : t('previewMain.theme.errorAt', { file, line, message }),
    )
  }
  const dom = load(page.finish())
  const inliner = new ResourceInliner((url) => loadResource(url, input))
  await inliner.inlineDocument(dom, new URL(`${theme.url}/`, APP_BASE))
  pointLinksAtSite(dom, theme.site.url)
  dom('form').removeAttr('action')
  addReviewBanner(dom, meta.title, input.now)
  return dom.html()
}

/**
 * A theme or article file. Nothing is fetched from the web: exporting must not tell a tracking
 * pixel that the draft was opened, nor reach addresses inside the person's network.
 */
async function loadResource(url: URL, input: ReviewCopyInput): Promise<Resource | null> {
  if (url.origin !== APP_BASE) return null
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
  const site = isWebUrl(siteUrl) ? new URL(siteUrl) : null
  $('a[href], area[href]').each((_, el) => {
    const href = (el.attribs.href ?? '').trim()
    if (href.startsWith('#')) return
    const url = resolveUrl(href, new URL(`${APP_BASE}/`))
    if (!url) return void $(el).removeAttr('href')
    if (url.origin !== APP_BASE) {
      if (safeLinkHref(href) === null) $(el).removeAttr('href')
      return
    }
    if (site) $(el).attr('href', new URL(url.pathname + url.search + url.hash, site).href)
    else $(el).removeAttr('href')
  })
}
