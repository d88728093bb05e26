/**
 * Replaces every secret value in a message. Targets never put secrets in messages; this is the
 * last line of defence for what an underlying library or server echoed back.
 */
export function scrubSecrets(message: string, secrets: Iterable<string>): string {
  let text = message
  for (const secret of secrets) {
    // Very short values would blank out ordinary words; no real token is that short.
    if (secret.length < 4) continue
    text = text.split(secret).join('••••')
    const encoded = encodeURIComponent(secret)
    if (encoded !== secret) text = text.split(encoded).join('••••')
  }
  return text
}
