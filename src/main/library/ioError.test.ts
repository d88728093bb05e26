import { describe, expect, it } from 'vitest'
import { ioError } from './ioError'

function fsError(code: string, syscall: string): NodeJS.ErrnoException {
  return Object.assign(new Error(`${code}: ${syscall}`), { code, syscall })
}

describe('ioError', () => {
  it('says reading was refused when a read was denied', () => {
    const message = ioError('openArticle', fsError('EACCES', 'scandir')).message
    expect(message).toBe(
      'Copydesk could not open the article: Copydesk is not allowed to read it (check its permissions).',
    )
  })

  it('says writing was refused when a write was denied', () => {
    expect(ioError('saveArticle', fsError('EACCES', 'rename')).message).toContain(
      'not allowed to write there',
    )
  })

  it('names a read-only disk as such', () => {
    expect(ioError('createArticle', fsError('EROFS', 'open')).message).toContain('read-only disk')
  })
})
