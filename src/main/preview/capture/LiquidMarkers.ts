import { randomBytes } from 'node:crypto'

/**
 * Keeps the page's own text from becoming template logic. Liquid written by the capture is
 * stored as nonce tokens while the page is processed; at the end every remaining brace (the
 * page's own) becomes an HTML entity and only then do the tokens turn back into Liquid.
 */
export class LiquidMarkers {
  private readonly nonce = randomBytes(8).toString('hex')
  private readonly tokens: [string, string][] = [
    ['{{', `cdlq${this.nonce}oo`],
    ['}}', `cdlq${this.nonce}co`],
    ['{%', `cdlq${this.nonce}ot`],
    ['%}', `cdlq${this.nonce}ct`],
  ]

  /** Liquid source in token form, safe to place in text or attributes of the page. */
  liquid(source: string): string {
    let text = source
    for (const [liquid, token] of this.tokens) text = text.split(liquid).join(token)
    return text
  }

  /** True when a value was written by `liquid` and must not be treated as an address. */
  holds(value: string): boolean {
    return value.includes(`cdlq${this.nonce}`)
  }

  /** The serialized page as a template: page braces escaped, capture tokens restored. */
  finish(html: string): string {
    let text = html.replace(/\{/g, '&#123;').replace(/\}/g, '&#125;')
    for (const [liquid, token] of this.tokens) text = text.split(token).join(liquid)
    return text
  }
}
