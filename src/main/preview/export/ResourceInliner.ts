import type { Cheerio, CheerioAPI } from 'cheerio'
import type { AnyNode } from 'domhandler'
import postcss, { type AtRule, type ChildNode, type Declaration } from 'postcss'
import valueParser from 'postcss-value-parser'

/** The bytes of a stylesheet, font or image, with its media type. */
export interface Resource {
  bytes: Uint8Array
  type: string
}

/** What a resource is used as: the loader may refuse remote stylesheets but take images. */
export type ResourceKind = 'stylesheet' | 'media'

/** Fetches what a URL names (a local theme or media file, or a remote image); null if it can't. */
export type ResourceLoader = (url: URL, kind: ResourceKind) => Promise<Resource | null>

/** How deep `@import` chains are followed; real themes use one or two levels. */
const MAX_IMPORT_DEPTH = 8

const MEDIA_ATTRIBUTES: [selector: string, attribute: string][] = [
  ['img[src]', 'src'],
  ['input[src]', 'src'],
  ['video[src]', 'src'],
  ['audio[src]', 'src'],
  ['source[src]', 'src'],
  ['track[src]', 'src'],
  ['video[poster]', 'poster'],
  ['[background]', 'background'],
  ['image[href]', 'href'],
  ['image[xlink\\:href]', 'xlink:href'],
]

/**
 * Turns a page into a single file: stylesheets become `<style>` (imports included), and every
 * image, font and url() inside CSS becomes a data: URI. Whatever cannot be loaded is dropped, so
 * the result never reaches out to a server or to the app.
 */
export class ResourceInliner {
  private readonly loaded = new Map<string, Promise<Resource | null>>()

  constructor(private readonly load: ResourceLoader) {}

  /** A data: URI for what the URL names, or null when it cannot be loaded. */
  async dataUri(url: URL): Promise<string | null> {
    if (url.protocol === 'data:') return url.href
    const resource = await this.fetch(url, 'media')
    if (!resource) return null
    return `data:${resource.type};base64,${Buffer.from(resource.bytes).toString('base64')}`
  }

  /** Inlines every resource of the page; relative URLs resolve against `base`. */
  async inlineDocument($: CheerioAPI, base: URL): Promise<void> {
    for (const el of $('link[rel~="stylesheet" i][href]').toArray()) {
      const url = resolveUrl($(el).attr('href') ?? '', base)
      const css = url ? await this.fetch(url, 'stylesheet') : null
      if (!url || !css) {
        $(el).remove()
        continue
      }
      const style = $('<style></style>').text(
        safeStyleText(
          await this.inlineCss(new TextDecoder().decode(css.bytes), url, new Set([url.href])),
        ),
      )
      const media = $(el).attr('media')
      if (media) style.attr('media', media)
      $(el).replaceWith(style)
    }
    for (const el of $('style').toArray()) {
      $(el).text(safeStyleText(await this.inlineCss($(el).text(), base)))
    }
    for (const el of $('[style]').toArray()) {
      $(el).attr('style', await this.inlineCssValue($(el).attr('style') ?? '', base))
    }
    for (const el of $('link[href]').toArray()) await this.inlineAttribute($(el), 'href', base)
    for (const [selector, attribute] of MEDIA_ATTRIBUTES) {
      for (const el of $(selector).toArray()) await this.inlineAttribute($(el), attribute, base)
    }
    // An image that could not be taken in would show as a broken icon.
    $('img:not([src])').remove()
    // Responsive candidates would each need inlining; the plain src is enough for review.
    $('picture source').remove()
    $('[srcset]').removeAttr('srcset')
    $('[imagesrcset]').removeAttr('imagesrcset')
    $('use').each((_, el) => {
      for (const name of ['href', 'xlink:href']) {
        if (!(el.attribs[name] ?? '#').startsWith('#')) $(el).removeAttr(name)
      }
    })
  }

  /**
   * A stylesheet with its imports folded in and its url()s as data: URIs. `chain` holds the
   * stylesheets importing this one, so an import cycle is cut instead of repeated.
   */
  async inlineCss(
    text: string,
    base: URL,
    chain: ReadonlySet<string> = new Set(),
  ): Promise<string> {
    let root: postcss.Root
    try {
      root = postcss.parse(text)
    } catch {
      return ''
    }
    const imports: AtRule[] = []
    root.walkAtRules(/^import$/i, (rule) => void imports.push(rule))
    for (const rule of imports) {
      const { url, media } = parseImport(rule.params, base)
      const usable = url && chain.size < MAX_IMPORT_DEPTH && !chain.has(url.href)
      const css = usable ? await this.fetch(url, 'stylesheet') : null
      if (!url || !css) {
        rule.remove()
        continue
      }
      const inner = postcss.parse(
        await this.inlineCss(
          new TextDecoder().decode(css.bytes),
          url,
          new Set([...chain, url.href]),
        ),
      )
      const nodes: ChildNode[] = inner.nodes.filter((n) => !isCharset(n))
      if (media) rule.replaceWith(postcss.atRule({ name: 'media', params: media, nodes }))
      else rule.replaceWith(nodes)
    }
    const declarations: Declaration[] = []
    root.walkDecls((decl) => void (/url\(/i.test(decl.value) && declarations.push(decl)))
    for (const decl of declarations) decl.value = await this.inlineCssValue(decl.value, base)
    return root.toString()
  }

  /** A CSS value (or a style attribute) with each url() replaced by a data: URI or `none`. */
  async inlineCssValue(value: string, base: URL): Promise<string> {
    const parsed = valueParser(value)
    const found = new Map<string, string | null>()
    parsed.walk((node) => {
      if (node.type === 'function' && node.value.toLowerCase() === 'url') {
        found.set(urlArgument(node), null)
      }
    })
    for (const raw of found.keys()) {
      const url = resolveUrl(raw, base)
      found.set(raw, url ? await this.dataUri(url) : null)
    }
    return valueParser.stringify(parsed.nodes, (node) => {
      if (node.type !== 'function' || node.value.toLowerCase() !== 'url') return undefined
      const data = found.get(urlArgument(node))
      return data ? `url("${data}")` : 'none'
    })
  }

  private async inlineAttribute(el: Cheerio<AnyNode>, attribute: string, base: URL): Promise<void> {
    const url = resolveUrl(el.attr(attribute) ?? '', base)
    const data = url ? await this.dataUri(url) : null
    if (data) el.attr(attribute, data)
    else el.removeAttr(attribute)
  }

  private fetch(url: URL, kind: ResourceKind): Promise<Resource | null> {
    const key = `${kind} ${url.href}`
    let pending = this.loaded.get(key)
    if (!pending) {
      pending = this.load(url, kind).catch(() => null)
      this.loaded.set(key, pending)
    }
    return pending
  }
}

/** A URL from a page or stylesheet, resolved against where it appeared; null if unusable. */
export function resolveUrl(raw: string, base: URL): URL | null {
  const text = raw.trim()
  if (!text || text.startsWith('#')) return null
  try {
    return new URL(text, base)
  } catch {
    return null
  }
}

function urlArgument(node: valueParser.FunctionNode): string {
  return node.nodes.map((n) => (n.type === 'string' || n.type === 'word' ? n.value : '')).join('')
}

function parseImport(params: string, base: URL): { url: URL | null; media: string } {
  const nodes = valueParser(params).nodes
  const index = nodes.findIndex((n) => n.type !== 'space')
  const first = nodes[index]
  let raw = ''
  if (first?.type === 'string') raw = first.value
  else if (first?.type === 'function' && first.value.toLowerCase() === 'url')
    raw = urlArgument(first)
  const media = valueParser.stringify(nodes.slice(index + 1)).trim()
  return { url: raw ? resolveUrl(raw, base) : null, media }
}

function isCharset(node: ChildNode): boolean {
  return node.type === 'atrule' && node.name.toLowerCase() === 'charset'
}

/** CSS placed in a `<style>` element cannot close it early. */
function safeStyleText(css: string): string {
  return css.replace(/<\/(style)/gi, '\\3c /$1')
}
