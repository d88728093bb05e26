import { join, resolve } from 'node:path'
import { describe, expect, it } from 'vitest'
import { resolveAppRequest, type AppRequestSources } from './resolveAppRequest'

const rendererDir = resolve('/srv/app/out/renderer')
const assetPath = '/lib/articles/harbour-1/assets/a.png'
const themeDir = resolve('/data/sites/site-1/theme')
const builtinDir = resolve('/app/resources/themes/newsroom')
const sources: AppRequestSources = {
  rendererDir,
  assetFile: (id, name) => (id === 'harbour-1' && name === 'a.png' ? assetPath : null),
  themeDir: (owner) => {
    if ('siteId' in owner) return owner.siteId === 'site-1' ? themeDir : null
    return owner.builtin === 'newsroom' ? builtinDir : null
  },
}

const get = (path: string) => resolveAppRequest('GET', path, sources)

describe('resolveAppRequest', () => {
  it('serves index.html for the root with the app policy', () => {
    const res = get('/')
    expect(res).toMatchObject({ kind: 'file', filePath: join(rendererDir, 'index.html') })
    expect(res.headers['Content-Type']).toBe('text/html; charset=utf-8')
    expect(res.headers['Content-Security-Policy']).toContain("script-src 'self'")
  })

  it('serves built files by path with their type', () => {
    const res = get('/assets/index-abc.js')
    expect(res).toMatchObject({ kind: 'file', filePath: join(rendererDir, 'assets/index-abc.js') })
    expect(res.headers['Content-Type']).toBe('text/javascript; charset=utf-8')
  })

  it.each([
    '/../secret.txt',
    '/assets/../../secret.txt',
    '/%2e%2e/secret.txt',
    '/assets/%2e%2e%2f%2e%2e%2fsecret.txt',
    '/assets/..%5c..%5csecret.txt',
    '/index.html%00.png',
    '/%E0%A4%A',
  ])('refuses %s', (path) => {
    expect(get(path)).toMatchObject({ kind: 'error', status: 400 })
  })

  it('serves a library asset through the media route, as an inert document', () => {
    const res = get('/media/harbour-1/a.png')
    expect(res).toMatchObject({ kind: 'file', filePath: assetPath })
    expect(res.headers['Content-Type']).toBe('image/png')
    expect(res.headers['Content-Security-Policy']).toContain('sandbox')
  })

  it('answers 404 for an asset the library does not know', () => {
    expect(get('/media/harbour-1/b.png')).toMatchObject({ kind: 'error', status: 404 })
    expect(get('/media/..%2f..%2fetc/passwd')).toMatchObject({ kind: 'error', status: 400 })
  })

  it('accepts only GET and HEAD', () => {
    expect(resolveAppRequest('POST', '/', sources)).toMatchObject({ kind: 'error', status: 405 })
    expect(resolveAppRequest('HEAD', '/', sources)).toMatchObject({ kind: 'file' })
  })

  it('serves theme files of a site and of a built-in theme, as inert files', () => {
    const css = get('/themes/site-1/assets/site.css')
    expect(css).toMatchObject({ kind: 'file', filePath: join(themeDir, 'assets/site.css') })
    expect(css.headers['Content-Type']).toBe('text/css; charset=utf-8')
    expect(css.headers['Content-Security-Policy']).toContain('sandbox')
    expect(get('/themes/_builtin/newsroom/assets/logo.svg')).toMatchObject({
      kind: 'file',
      filePath: join(builtinDir, 'assets/logo.svg'),
    })
    expect(get('/themes/site-1/assets/my%20font.woff2')).toMatchObject({
      filePath: join(themeDir, 'assets/my font.woff2'),
    })
  })

  it('answers 404 for a theme nobody has', () => {
    expect(get('/themes/other-site/assets/site.css')).toMatchObject({ status: 404 })
    expect(get('/themes/_builtin/blog-x/assets/blog.css')).toMatchObject({ status: 404 })
    expect(get('/themes/site-1')).toMatchObject({ status: 404 })
    expect(get('/themes/site-1/')).toMatchObject({ status: 400 })
  })

  it.each([
    '/themes/site-1/../../secrets.json',
    '/themes/site-1/assets/../../../secrets.json',
    '/themes/site-1/%2e%2e/%2e%2e/secrets.json',
    '/themes/site-1/..%2f..%2fsecrets.json',
    '/themes/site-1/assets%2f..%2f..%2fsecrets.json',
    '/themes/site-1/..%5c..%5csecrets.json',
    '/themes/site-1/assets//site.css',
    '/themes/site-1/./theme.json',
    '/themes/..%2fsite-1/theme.json',
    '/themes/_builtin/..%2fblog/article.liquid',
    '/themes/_builtin/../../etc/passwd',
    '/themes/site-1/site.css%00.png',
  ])('refuses the theme path %s', (path) => {
    expect(get(path)).toMatchObject({ kind: 'error', status: 400 })
  })
})
