import { describe, expect, it } from 'vitest'
import { PublishError } from '../PublishError'
import { routeUrl, siteBase } from './WordPressClient'

describe('routeUrl', () => {
  it('puts the route under a /wp-json/ root', () => {
    expect(routeUrl('https://x.test/blog/wp-json/', '/wp/v2/posts', { slug: 'a b', page: 2 })).toBe(
      'https://x.test/blog/wp-json/wp/v2/posts?slug=a+b&page=2',
    )
  })

  it('puts the route in the query of a ?rest_route= root', () => {
    expect(routeUrl('https://x.test/?rest_route=/', '/wp/v2/posts/7', { context: 'edit' })).toBe(
      'https://x.test/?rest_route=%2Fwp%2Fv2%2Fposts%2F7&context=edit',
    )
  })
})

describe('siteBase', () => {
  it('keeps the path, adds the slash, drops query and fragment', () => {
    expect(siteBase(' https://x.test/blog?x=1#top ').href).toBe('https://x.test/blog/')
  })

  it.each([
    'https://x.test/blog/wp-admin/post-new.php',
    'https://x.test/blog/wp-login.php',
    'https://x.test/blog/wp-json/wp/v2',
  ])('finds the site in the admin address %s', (value) => {
    expect(siteBase(value).href).toBe('https://x.test/blog/')
  })

  it.each(['news.example.com', 'ftp://x.test/', ''])('refuses %j', (value) => {
    expect(() => siteBase(value)).toThrow(PublishError)
  })
})
