import postcss, { type AtRule, type Declaration } from 'postcss'
import valueParser, { type Node as ValueNode } from 'postcss-value-parser'
import { isSafeDataUrl, isUnsafeCss, unescapeCss } from './isUnsafeCss'

/** How CSS references become local copies. */
export interface CssLinks {
  /** Base address relative references resolve against. */
  base: URL
  /** Stores an image or font; returns its reference text, or null when it failed. */
  asset(url: URL): Promise<string | null>
  /** Stores an imported stylesheet; returns its reference text, or null when it failed. */
  stylesheet(url: URL): Promise<string | null>
}

/** Placeholder for a file that could not be stored: loads nothing, breaks nothing. */
const EMPTY = 'data:,'
const DANGEROUS_PROPERTIES = new Set(['behavior', 'behaviour', '-moz-binding', 'binding'])

/**
 * Removes code-running constructs from a stylesheet and points every `url()` and `@import`
 * at local copies. Throws postcss' CssSyntaxError for text that is not CSS at all.
 */
export async function rewriteCss(css: string, links: CssLinks): Promise<string> {
  const root = postcss.parse(css)
  const work: Promise<void>[] = []
  root.walkComments((comment) => void comment.remove())
  root.walkAtRules((rule) => {
    const name = rule.name.toLowerCase()
    if (name === 'charset') return void rule.remove()
    if (isUnsafeCss(rule.params)) return void rule.remove()
    if (name === 'import') work.push(rewriteImport(rule, links))
  })
  root.walkDecls((decl) => {
    const prop = unescapeCss(decl.prop).toLowerCase()
    if (DANGEROUS_PROPERTIES.has(prop) || isUnsafeCss(decl.value)) return void decl.remove()
    if (/url\(|image-set\(/i.test(decl.value)) work.push(rewriteDeclaration(decl, links))
  })
  await Promise.all(work)
  return root.toString()
}

/** Rewrites the declarations of a `style` attribute; returns the cleaned attribute text. */
export async function rewriteStyleAttribute(style: string, links: CssLinks): Promise<string> {
  const rule = postcss.parse(`x{${style}}`).first
  if (!rule || rule.type !== 'rule') return ''
  const sheet = postcss.root()
  sheet.append(rule)
  const css = await rewriteCss(sheet.toString(), links)
  const clean = postcss.parse(css).first
  if (!clean || clean.type !== 'rule') return ''
  return clean.nodes
    .filter((node) => node.type === 'decl')
    .map((decl) => decl.toString())
    .join('; ')
}

async function rewriteImport(rule: AtRule, links: CssLinks): Promise<void> {
  const parsed = valueParser(rule.params)
  const first = parsed.nodes.find((node) => node.type !== 'space')
  const target = first ? urlOf(first) : null
  const url = target === null ? null : resolve(target, links.base)
  const local = url ? await links.stylesheet(url) : null
  if (!first || local === null) return void rule.remove()
  const rest = parsed.nodes.slice(parsed.nodes.indexOf(first) + 1)
  rule.params = `url("${local}")${valueParser.stringify(rest)}`
}

async function rewriteDeclaration(decl: Declaration, links: CssLinks): Promise<void> {
  const parsed = valueParser(decl.value)
  const targets: { node: ValueNode; text: string }[] = []
  parsed.walk((node) => {
    if (node.type !== 'function') return undefined
    const name = node.value.toLowerCase()
    if (name === 'url') {
      const inner = node.nodes[0]
      targets.push({ node, text: inner ? inner.value : '' })
      return false
    }
    // Inside image-set() a bare string is an image address too.
    if (name.endsWith('image-set')) {
      for (const child of node.nodes) {
        if (child.type === 'string') targets.push({ node: child, text: child.value })
      }
    }
    return undefined
  })
  let unsafe = false
  await Promise.all(
    targets.map(async ({ node, text }) => {
      const reference = await localReference(text, links)
      if (reference === null) unsafe = true
      else replaceUrl(node, reference)
    }),
  )
  if (unsafe) decl.remove()
  else decl.value = valueParser.stringify(parsed.nodes)
}

/** The reference to write for one CSS URL, or null when the declaration must go. */
async function localReference(text: string, links: CssLinks): Promise<string | null> {
  const trimmed = text.trim()
  if (trimmed === '' || trimmed.startsWith('#')) return trimmed
  if (/^data:/i.test(trimmed)) return isSafeDataUrl(trimmed) ? trimmed : null
  const url = resolve(trimmed, links.base)
  if (!url) return null
  return (await links.asset(url)) ?? EMPTY
}

function replaceUrl(node: ValueNode, reference: string): void {
  const quoted = { type: 'string', value: reference, quote: '"' } as const
  if (node.type === 'function') {
    node.nodes = [{ ...quoted, sourceIndex: 0, sourceEndIndex: 0 }]
  } else if (node.type === 'string') {
    node.value = reference
    node.quote = '"'
  }
}

function urlOf(node: ValueNode): string | null {
  if (node.type === 'string') return node.value
  if (node.type === 'function' && node.value.toLowerCase() === 'url')
    return node.nodes[0]?.value ?? ''
  return null
}

/** Resolves a reference; only http(s) results count (a `javascript:` URL resolves to null). */
export function resolve(reference: string, base: URL): URL | null {
  try {
    const url = new URL(reference.trim(), base)
    return url.protocol === 'http:' || url.protocol === 'https:' ? url : null
  } catch {
    return null
  }
}
