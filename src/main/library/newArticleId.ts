import { randomInt } from 'node:crypto'

const ALPHABET = '0123456789abcdefghijklmnopqrstuvwxyz'

/** Length of a new id: 36^12 ≈ 4.7e18 values, so collisions need not be planned for. */
export const ARTICLE_ID_LENGTH = 12

/**
 * A fresh article id: 12 random lowercase base-36 characters. Never derived from the title, so
 * renaming an article never moves its folder and a title can never shape a path.
 */
export function newArticleId(): string {
  let id = ''
  for (let i = 0; i < ARTICLE_ID_LENGTH; i++) id += ALPHABET[randomInt(ALPHABET.length)]
  return id
}
