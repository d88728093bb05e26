const ALPHABET = 'abcdefghijklmnopqrstuvwxyz0123456789'

/** A fresh id for a comment or reply: `c` and 15 random letters and digits. */
export function newCommentId(): string {
  const bytes = crypto.getRandomValues(new Uint8Array(15))
  return `c${Array.from(bytes, (b) => ALPHABET[b % ALPHABET.length]).join('')}`
}
