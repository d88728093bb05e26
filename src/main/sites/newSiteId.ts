import { randomInt } from 'node:crypto'

const ALPHABET = '0123456789abcdefghijklmnopqrstuvwxyz'

/**
 * A fresh site id: 12 random lowercase base-36 characters. Never derived from the site's name,
 * so a name can never shape the theme folder's path.
 */
export function newSiteId(): string {
  let id = ''
  for (let i = 0; i < 12; i++) id += ALPHABET[randomInt(ALPHABET.length)]
  return id
}
