import { JSDOM, VirtualConsole } from 'jsdom'
import { mkdtemp, readFile, rm } from 'node:fs/promises'
import { tmpdir } from 'node:os'
import { join } from 'node:path'
import { Liquid } from 'liquidjs'
import { afterAll, beforeAll, describe, expect, it } from 'vitest'
import {
  startFixtureSite,
  type FixtureSite,
} from '../../../../tests/peers/fixtureSite/startFixtureSite'
import { captureTheme } from './captureTheme'

const FORBIDDEN = new Set([
  'script',
  'noscript',
  'template',
  'iframe',
  'frame',
  'frameset',
  'object',
  'embed',
  'applet',
  'portal',
  'base',
  'set',
  'animate',
  'foreignobject',
])
const SCRIPT_URL = /^(javascript|vbscript|data):/i
const SCRIPT_STYLE = /expression\s*\(|javascript:|behavior|binding/i

/** What in a whole page could run script, as a browser's parser reads it. */
function findExecutableMarkup(html: string): string[] {
  const { document } = new JSDOM(html, { virtualConsole: new VirtualConsole() }).window
  const found: string[] = []
  for (const element of document.querySelectorAll('*')) {
    const tag = element.localName.toLowerCase()
    if (FORBIDDEN.has(tag)) found.push(`<${tag}>`)
    if (
      tag === 'meta' &&
      element.getAttribute('http-equiv')?.toLowerCase() !== 'content-security-policy'
    ) {
      if (element.hasAttribute('http-equiv')) found.push(`<meta http-equiv>`)
    }
    if (tag === 'link' && !/^(stylesheet|icon)$/i.test(element.getAttribute('rel') ?? ''))
      found.push('<link>')
    for (const { name, value } of Array.from(element.attributes)) {
      const url = value.replace(/[\s\p{Cc}]/gu, '')
      const imageData = /^data:image\//i.test(url) && ['img', 'source'].includes(tag)
      if (name.toLowerCase().startsWith('on')) found.push(`${tag}[${name}]`)
      else if (name === 'srcdoc' || name === 'action' || name === 'formaction')
        found.push(`${tag}[${name}]`)
      else if (SCRIPT_URL.test(url) && !imageData) found.push(`${tag}[${name}=${value}]`)
      else if (name === 'style' && SCRIPT_STYLE.test(value)) found.push(`${tag}[style=${value}]`)
    }
  }
  return found
}

const hostileValues = {
  site: { name: '<img src=x onerror=alert(1)>', url: 'javascript:alert(1)', navigation: [] },
  article: {
    title: '<script>alert("title")</script>',
    date: '"><script>alert(1)</script>',
    date_formatted: '<b onmouseover=alert(1)>today</b>',
    tags: [],
    featured_image: null,
  },
  content: '<p>Sanitized body</p>',
  category: '<svg onload=alert(1)>',
  breadcrumb: [
    { label: '<script>alert(2)</script>', url: 'javascript:alert(2)' },
    { label: 'Tab', url: ' java\tscript:alert(3)' },
    { label: 'News', url: '/news/' },
  ],
  theme_url: 'theme://hostile',
}

let site: FixtureSite
const folders: string[] = []

beforeAll(async () => {
  site = await startFixtureSite()
})

afterAll(async () => {
  await site.stop()
  await Promise.all(folders.map((folder) => rm(folder, { recursive: true, force: true })))
})

async function capture(path: string): Promise<string> {
  const folder = await mkdtemp(join(tmpdir(), 'copydesk-hostile-'))
  folders.push(folder)
  await captureTheme({ url: site.origin + path, destDir: folder })
  return readFile(join(folder, 'article.liquid'), 'utf8')
}

describe.each(['/hostile.html', '/hostile-corpus.html'])('capturing %s', (path) => {
  it('leaves no executable construct in the template', async () => {
    const template = await capture(path)
    expect(findExecutableMarkup(template)).toEqual([])
  })

  it('shows hostile article values as text once rendered', async () => {
    const template = await capture(path)
    const html = await new Liquid({ outputEscape: 'escape' }).parseAndRender(
      template,
      hostileValues,
    )
    expect(findExecutableMarkup(html)).toEqual([])
    const { document } = new JSDOM(html, { virtualConsole: new VirtualConsole() }).window
    expect(document.querySelector('.cd-title')?.textContent).toBe('<script>alert("title")</script>')
    expect(document.title).toContain('<script>alert("title")</script>')
    expect(document.querySelector('.cd-body')?.innerHTML).toBe('<p>Sanitized body</p>')
  })
})

it('keeps Liquid written on a hostile page as visible text', async () => {
  const template = await capture('/hostile.html')
  const html = await new Liquid({ outputEscape: 'escape' }).parseAndRender(template, hostileValues)
  expect(
    new JSDOM(html, { virtualConsole: new VirtualConsole() }).window.document.querySelector(
      '.liquid',
    )?.textContent,
  ).toBe("{{ site.name }} {% raw %}{% endraw %} {%- assign x = 1 -%} {{ 'a' | append: 'b' }}")
})

it('flags the hostile pages as served, so a clean result means something', async () => {
  for (const path of ['/hostile.html', '/hostile-corpus.html']) {
    const served = await (await fetch(site.origin + path)).text()
    expect(findExecutableMarkup(served).length).toBeGreaterThan(20)
  }
})
