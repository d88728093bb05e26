import type { DocNode } from '../article/Article'
import { ASSET_SRC_PREFIX, assetUrl } from '../article/assetSrc'
import { REMOTE_IMAGE_PLACEHOLDER } from '../safety/remoteImagePlaceholder'
import { isWebUrl } from '../safety/urlPolicy'
import { renderHtml } from './index'

/*
 * The preview page marks where the article body sits, so the window can swap in a freshly
 * rendered body while the writer types, without asking for the whole themed page again.
 */
export const PREVIEW_BODY_START = '<!--copydesk-body-->'
export const PREVIEW_BODY_END = '<!--/copydesk-body-->'

/**
 * Where preview images come from: library assets through the app's media route. A web image
 * shows a placeholder until it is downloaded, so the preview never requests it.
 */
export function previewImageUrl(articleId: string, src: string): string | null {
  if (src.startsWith(ASSET_SRC_PREFIX)) return assetUrl(articleId, src)
  return isWebUrl(src) ? REMOTE_IMAGE_PLACEHOLDER : null
}

/** The body HTML exactly as the preview service puts it into the page. */
export function renderPreviewBody(articleId: string, doc: DocNode): string {
  return renderHtml(doc, { imageUrl: (src) => previewImageUrl(articleId, src) })
}

/**
 * `page` with every marked body replaced by `body` (markers kept), or null when the page has no
 * marked body (a theme that does not show the content, or an error page).
 */
export function replacePreviewBody(page: string, body: string): string | null {
  let out = ''
  let from = 0
  let found = false
  for (;;) {
    const start = page.indexOf(PREVIEW_BODY_START, from)
    if (start === -1) break
    const end = page.indexOf(PREVIEW_BODY_END, start + PREVIEW_BODY_START.length)
    if (end === -1) return null
    out += page.slice(from, start + PREVIEW_BODY_START.length) + body
    from = end
    found = true
  }
  return found ? out + page.slice(from) : null
}
