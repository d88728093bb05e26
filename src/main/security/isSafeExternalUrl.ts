/** Control characters or whitespace are how `java\tscript:` and similar slip past checks. */
function hasUnsafeCharacter(value: string): boolean {
  for (let i = 0; i < value.length; i++) {
    const code = value.charCodeAt(i)
    if (code <= 0x20 || (code >= 0x7f && code <= 0x9f) || code === 0x2028 || code === 0x2029) {
      return true
    }
  }
  return false
}

/**
 * Whether a URL may be handed to the operating system (browser or mail client): absolute
 * http(s) with a host, or mailto with an address. Everything else — `file:`, `javascript:`,
 * custom schemes that launch other programs, credentials in the URL — is refused.
 */
export function isSafeExternalUrl(raw: string): boolean {
  if (raw.length > 4096 || hasUnsafeCharacter(raw)) return false
  let url: URL
  try {
    url = new URL(raw)
  } catch {
    return false
  }
  if (url.protocol === 'mailto:') return /^[^@\s]+@[^@\s]+$/.test(decodeSafely(url.pathname))
  if (url.protocol !== 'http:' && url.protocol !== 'https:') return false
  return url.hostname !== '' && url.username === '' && url.password === ''
}

function decodeSafely(value: string): string {
  try {
    return decodeURIComponent(value)
  } catch {
    return ''
  }
}
