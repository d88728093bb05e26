import { createHmac, timingSafeEqual } from 'node:crypto'

/** The signature header's value for a body: `sha256=<hex of HMAC-SHA256(secret, body)>`. */
export function signWebhookBody(body: string, secret: string): string {
  return `sha256=${createHmac('sha256', secret).update(body, 'utf8').digest('hex')}`
}

/** True when `signature` is the right one for `body`; compares in constant time. */
export function verifyWebhookSignature(body: string, secret: string, signature: string): boolean {
  const expected = Buffer.from(signWebhookBody(body, secret))
  const given = Buffer.from(signature)
  return expected.length === given.length && timingSafeEqual(expected, given)
}
