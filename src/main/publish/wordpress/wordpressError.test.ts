import { describe, expect, it } from 'vitest'
import { errorFromNetwork, errorFromResponse, pageInsteadOfData } from './wordpressError'

const purpose = { username: 'maria', action: 'publishPosts' } as const

function networkError(code: string): TypeError {
  return new TypeError('fetch failed', { cause: Object.assign(new Error(code), { code }) })
}

describe('errorFromResponse', () => {
  it.each([
    [401, { code: 'rest_not_logged_in', message: '' }, 'auth', /did not accept the username/],
    [401, { code: 'incorrect_password', message: '' }, 'auth', /application password/],
    [
      403,
      { code: 'rest_cannot_create', message: '' },
      'auth',
      /does not allow the user “maria” to publish posts/,
    ],
    [404, { code: 'rest_no_route', message: '' }, 'not-found', /REST API may be turned off/],
    [
      413,
      '<html>Request Entity Too Large</html>',
      'too-large',
      /larger than the WordPress site accepts/,
    ],
    [500, '<html>Internal error</html>', 'server', /problem on its side/],
    [503, { code: 'x', message: '' }, 'server', /try again/],
    [
      400,
      { code: 'rest_invalid_param', message: 'Invalid parameter(s): status' },
      'invalid',
      /refused to publish posts \(Invalid parameter\(s\): status\)/,
    ],
  ] as const)('%i %j → %s', (status, body, kind, message) => {
    const error = errorFromResponse(status, body, purpose)
    expect(error.kind).toBe(kind)
    expect(error.message).toMatch(message)
  })

  it('marks server errors and only those as worth retrying', () => {
    expect(errorFromResponse(502, '', purpose).transient).toBe(true)
    expect(errorFromResponse(401, '', purpose).transient).toBe(false)
    expect(errorFromResponse(413, '', purpose).transient).toBe(false)
  })

  it('adds the https hint when a password is refused over plain http', () => {
    const error = errorFromResponse(401, '', { ...purpose, insecure: true })
    expect(error.message).toMatch(/only over https:\/\//)
  })
})

describe('pageInsteadOfData', () => {
  it('names a login page', () => {
    const page = '<form name="loginform" id="loginform" action="https://x/wp-login.php">'
    expect(pageInsteadOfData(page).message).toMatch(/login page instead of data/)
  })

  it('names any other page', () => {
    expect(pageInsteadOfData('<html>Welcome</html>').message).toMatch(/web page instead of/)
  })
})

describe('errorFromNetwork', () => {
  it.each([
    ['ECONNRESET', /broke off/],
    ['UND_ERR_SOCKET', /broke off/],
    ['ECONNREFUSED', /refused the connection/],
    ['ENOTFOUND', /Could not find news\.example\.com/],
  ])('%s', (code, message) => {
    const error = errorFromNetwork(networkError(code), 'news.example.com')
    expect(error.kind).toBe('offline')
    expect(error.transient).toBe(true)
    expect(error.message).toMatch(message)
  })
})
