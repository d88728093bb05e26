/**
 * Whether `url` belongs to one of the app's origins (`copydesk://app`, or the dev server in
 * development). Compared as scheme + host rather than `URL.origin`, because WHATWG URL gives
 * custom schemes an opaque `null` origin.
 */
export function isAppUrl(url: string, appOrigins: readonly string[]): boolean {
  let parsed: URL
  try {
    parsed = new URL(url)
  } catch {
    return false
  }
  const origin = `${parsed.protocol}//${parsed.host}`
  return appOrigins.some((allowed) => {
    const expected = new URL(allowed)
    return origin === `${expected.protocol}//${expected.host}`
  })
}
