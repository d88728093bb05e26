import type { Token } from 'markdown-it'

/** A token attribute as a string ('' when it is missing). */
export function tokenAttr(token: Token, name: string): string {
  const value = token.attrGet(name)
  return value === null ? '' : String(value)
}
