/** Resolves CSS escapes (`\65` → `e`, `\:` → `:`) so hidden keywords show up. */
export function unescapeCss(text: string): string {
  return text
    .replace(/\\([0-9a-f]{1,6})\s?/gi, (_, hex: string) => {
      const code = parseInt(hex, 16)
      return code > 0 && code <= 0x10ffff ? String.fromCodePoint(code) : ''
    })
    .replace(/\\(.)/gs, '$1')
}

const UNSAFE = /expression\(|javascript:|vbscript:|livescript:|-moz-binding|behaviou?r:|\bbinding:/

/**
 * True when CSS text holds one of the constructs that ran code in some engine: IE
 * `expression()` and `behavior`, Firefox `-moz-binding`, script URLs. Comments, escapes and
 * whitespace are removed first so `expr/∗∗/ession(` or `java\73 cript:` are caught too.
 */
export function isUnsafeCss(text: string): boolean {
  const plain = unescapeCss(text.replace(/\/\*[\s\S]*?(\*\/|$)/g, ''))
    .replace(/[\s\p{Cc}]+/gu, '')
    .toLowerCase()
  return UNSAFE.test(plain)
}

const SAFE_DATA = /^data:(image\/(png|gif|jpe?g|webp|avif|svg\+xml)|font\/|application\/(x-)?font)/i

/** True for `data:` URLs of images and fonts, the only inline data a theme may keep. */
export function isSafeDataUrl(url: string): boolean {
  return SAFE_DATA.test(url.trim())
}
