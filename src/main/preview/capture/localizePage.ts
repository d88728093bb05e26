import type { CheerioAPI } from 'cheerio'
import type { Element } from 'domhandler'
import type { PageAssetDownloader } from './PageAssetDownloader'
import { isSafeDataUrl } from './isUnsafeCss'
import type { LiquidMarkers } from './LiquidMarkers'
import { type CssLinks, resolve, rewriteCss, rewriteStyleAttribute } from './rewriteCss'

const SVG = 'http://www.w3.org/2000/svg'
const LAZY_SOURCES = ['data-src', 'data-lazy-src', 'data-original']
const LAZY_SRCSETS = ['data-srcset', 'data-lazy-srcset']

/**
 * Downloads what the page loads (stylesheets, `<style>` blocks, icons, images, inline style
 * URLs) and points each reference at the local copy as `{{ theme_url }}/assets/<file>`.
 * Links to other pages become absolute addresses of the live site.
 */
export async function localizePage(
  $: CheerioAPI,
  base: URL,
  store: PageAssetDownloader,
  markers: LiquidMarkers,
): Promise<void> {
  const themeRef = (name: string): string => markers.liquid(`{{ theme_url }}/assets/${name}`)
  const asset = async (reference: string): Promise<string | null> => {
    if (reference.trim() === '') return null
    if (markers.holds(reference) || reference.trim().startsWith('#')) return reference
    if (isSafeDataUrl(reference)) return reference.trim()
    const url = resolve(reference, base)
    const name = url ? await store.asset(url) : null
    return name === null ? null : themeRef(name) + (url?.hash ?? '')
  }
  const cssLinks: CssLinks = {
    base,
    asset: async (url) => {
      const name = await store.asset(url, ['image', 'font'])
      return name === null ? null : themeRef(name) + url.hash
    },
    stylesheet: async () => null,
  }
  const work: Promise<void>[] = []
  let styleIndex = 0

  $('link').each((_, link) => {
    const value = link.attribs.href?.trim()
    const href = value ? resolve(value, base) : null
    const isSheet = /(^|\s)stylesheet(\s|$)/i.test(link.attribs.rel ?? '')
    const task = async (): Promise<void> => {
      const name = href ? await (isSheet ? store.stylesheet(href) : store.asset(href)) : null
      if (name === null) $(link).remove()
      else $(link).attr('href', themeRef(name))
    }
    work.push(task())
  })

  $('style').each((_, style) => {
    const index = ++styleIndex
    const task = async (): Promise<void> => {
      if (isSvg(style)) {
        // Inside SVG the text is ordinary markup, so its braces are escaped like any text.
        const inline = await rewriteCss($(style).text(), cssLinks).catch(() => '')
        return void $(style).text(inline)
      }
      const label = `in <style> block ${index} of the page`
      const css = await store.localizeCss($(style).text(), base, 0, label)
      if (css === null) return void $(style).remove()
      const name = await store.write(Buffer.from(css, 'utf8'), 'css')
      const link = $('<link rel="stylesheet">').attr('href', themeRef(name))
      if (style.attribs.media) link.attr('media', style.attribs.media)
      $(style).replaceWith(link)
    }
    work.push(task())
  })

  $('img, source, input, image, use').each((_, element) => {
    work.push(localizeImage($, element, asset))
  })

  $('[background]').each((_, element) => {
    const task = async (): Promise<void> => {
      const local = await asset(element.attribs.background ?? '')
      if (local === null) $(element).removeAttr('background')
      else $(element).attr('background', local)
    }
    work.push(task())
  })

  $('[style]').each((_, element) => {
    const task = async (): Promise<void> => {
      const style = element.attribs.style ?? ''
      const clean = await rewriteStyleAttribute(style, cssLinks).catch(() => '')
      if (clean === '') $(element).removeAttr('style')
      else $(element).attr('style', clean)
    }
    work.push(task())
  })

  $('a[href], area[href]').each((_, element) => {
    const href = element.attribs.href ?? ''
    if (/^\s*(#|mailto:|tel:)/i.test(href) || markers.holds(href)) return
    const url = resolve(href, base)
    if (url) $(element).attr('href', url.href)
    else $(element).removeAttr('href')
  })

  await Promise.all(work)
}

async function localizeImage(
  $: CheerioAPI,
  element: Element,
  asset: (reference: string) => Promise<string | null>,
): Promise<void> {
  const attribs = element.attribs
  const lazySrc = LAZY_SOURCES.map((name) => attribs[name]).find(Boolean)
  const lazySrcset = LAZY_SRCSETS.map((name) => attribs[name]).find(Boolean)
  if (lazySrc) $(element).attr('src', lazySrc)
  if (lazySrcset) $(element).attr('srcset', lazySrcset)
  for (const name of [...LAZY_SOURCES, ...LAZY_SRCSETS]) $(element).removeAttr(name)

  const hrefName = element.name === 'image' || element.name === 'use' ? ['href', 'xlink:href'] : []
  for (const name of ['src', ...hrefName]) {
    const value = element.attribs[name]
    if (value === undefined) continue
    if (element.name === 'input' && (attribs.type ?? '').toLowerCase() !== 'image') continue
    const local = await asset(value)
    if (local === null) $(element).removeAttr(name)
    else $(element).attr(name, local)
  }
  const srcset = element.attribs.srcset
  if (srcset !== undefined) {
    const candidates = await Promise.all(
      splitSrcset(srcset).map(async ({ url, descriptor }) => {
        const local = await asset(url)
        return local === null ? null : `${local}${descriptor ? ` ${descriptor}` : ''}`
      }),
    )
    const kept = candidates.filter((candidate) => candidate !== null)
    if (kept.length === 0) $(element).removeAttr('srcset')
    else $(element).attr('srcset', kept.join(', '))
  }
}

/** Splits a srcset into URL and descriptor pairs (URLs may contain commas, descriptors not). */
export function splitSrcset(srcset: string): { url: string; descriptor: string }[] {
  const result: { url: string; descriptor: string }[] = []
  const pattern = /\s*([^\s,][^\s]*[^\s,]|[^\s,])\s*([^,]*)(,|$)/g
  for (const match of srcset.matchAll(pattern)) {
    if (match[1]) result.push({ url: match[1], descriptor: (match[2] ?? '').trim() })
    if (match.index + match[0].length >= srcset.length) break
  }
  return result
}

function isSvg(element: Element): boolean {
  return element.namespace === SVG
}
