import { execFileSync, spawnSync } from 'node:child_process'
import { mkdtempSync } from 'node:fs'
import { tmpdir } from 'node:os'
import { join } from 'node:path'

function has(command: string): boolean {
  return spawnSync('sh', ['-c', `command -v ${command}`]).status === 0
}

/**
 * Makes sure a static site generator from Debian is installed (`hugo`, `jekyll`), installing
 * the package when it is missing and the tests run as root, as on CI.
 */
export function ensureGenerator(command: 'hugo' | 'jekyll'): void {
  if (has(command)) return
  if (process.getuid?.() !== 0 || !has('apt-get')) {
    throw new Error(`${command} is not installed: apt-get install -y ${command}`)
  }
  const env = { ...process.env, DEBIAN_FRONTEND: 'noninteractive' }
  const install = () =>
    spawnSync('apt-get', ['install', '-y', '-qq', '--no-install-recommends', command], { env })
  if (install().status !== 0) {
    execFileSync('apt-get', ['update', '-qq'], { env })
    if (install().status !== 0) throw new Error(`apt-get could not install ${command}`)
  }
}

/** Makes sure a Debian package is installed, installing it when the tests run as root. */
export function ensureDebianPackage(name: string): void {
  if (spawnSync('dpkg', ['-s', name], { stdio: 'ignore' }).status === 0) return
  if (process.getuid?.() !== 0 || !has('apt-get')) {
    throw new Error(`${name} is not installed: apt-get install -y ${name}`)
  }
  const env = { ...process.env, DEBIAN_FRONTEND: 'noninteractive' }
  const install = () =>
    spawnSync('apt-get', ['install', '-y', '-qq', '--no-install-recommends', name], { env })
  if (install().status !== 0) {
    execFileSync('apt-get', ['update', '-qq'], { env })
    if (install().status !== 0) throw new Error(`apt-get could not install ${name}`)
  }
}

/** Builds a checkout with Hugo; returns the folder of the built site. */
export function buildHugo(source: string): string {
  ensureGenerator('hugo')
  const out = mkdtempSync(join(tmpdir(), 'copydesk-hugo-out-'))
  execFileSync('hugo', ['--source', source, '--destination', out, '--quiet'], {
    stdio: ['ignore', 'pipe', 'pipe'],
  })
  return out
}

/** Builds a checkout with Jekyll (and jekyll-redirect-from); returns the built site's folder. */
export function buildJekyll(source: string): string {
  ensureGenerator('jekyll')
  ensureDebianPackage('ruby-jekyll-redirect-from')
  const out = mkdtempSync(join(tmpdir(), 'copydesk-jekyll-out-'))
  execFileSync('jekyll', ['build', '--quiet', '--source', source, '--destination', out], {
    stdio: ['ignore', 'pipe', 'pipe'],
    env: { ...process.env, JEKYLL_ENV: 'production' },
  })
  return out
}

/** The files of a minimal Hugo site: raw HTML allowed (figures), a post page with its terms. */
export const HUGO_SITE: Record<string, string> = {
  'hugo.toml': [
    'baseURL = "https://news.example.com/"',
    'title = "Harbour News"',
    'disableKinds = ["RSS", "sitemap", "robotsTXT"]',
    '[markup.goldmark.renderer]',
    '  unsafe = true',
    '',
  ].join('\n'),
  'layouts/_default/single.html': [
    '<!doctype html><html><head><title>{{ .Title }}</title></head><body>',
    '<h1 class="title">{{ .Title }}</h1>',
    '{{ with .Params.image }}<img class="cover" src="{{ . }}" alt="{{ $.Params.image_alt }}">{{ end }}',
    '{{ with .Params.author }}<p class="author">{{ . }}</p>{{ end }}',
    '<article>{{ .Content }}</article>',
    '<ul class="categories">{{ range .Params.categories }}<li>{{ . }}</li>{{ end }}</ul>',
    '<ul class="tags">{{ range .Params.tags }}<li>{{ . }}</li>{{ end }}</ul>',
    '</body></html>',
    '',
  ].join('\n'),
  'layouts/_default/list.html': '<ul>{{ range .Pages }}<li>{{ .Title }}</li>{{ end }}</ul>\n',
  'layouts/index.html': '<ul>{{ range .Site.RegularPages }}<li>{{ .Title }}</li>{{ end }}</ul>\n',
  'content/posts/older-news.md':
    '---\ntitle: Older news\ndate: 2025-01-01T00:00:00Z\n---\n\nHello.\n',
}

/** The files of a minimal Jekyll site with a post layout showing categories and tags. */
export const JEKYLL_SITE: Record<string, string> = {
  '_config.yml': [
    'title: Harbour News',
    'url: https://news.example.com',
    'plugins: [jekyll-redirect-from]',
    'defaults:',
    '  - scope: { path: "", type: posts }',
    '    values: { layout: post }',
    '',
  ].join('\n'),
  '_layouts/post.html': [
    '<!doctype html><html><head><title>{{ page.title | escape }}</title></head><body>',
    '<h1 class="title">{{ page.title | escape }}</h1>',
    '{% if page.image %}<img class="cover" src="{{ page.image }}" alt="{{ page.image_alt | escape }}">{% endif %}',
    '{% if page.author %}<p class="author">{{ page.author | escape }}</p>{% endif %}',
    '<article>{{ content }}</article>',
    '<ul class="categories">{% for c in page.categories %}<li>{{ c | escape }}</li>{% endfor %}</ul>',
    '<ul class="tags">{% for t in page.tags %}<li>{{ t | escape }}</li>{% endfor %}</ul>',
    '</body></html>',
    '',
  ].join('\n'),
  'index.html':
    '---\n---\n<ul>{% for p in site.posts %}<li>{{ p.title | escape }}</li>{% endfor %}</ul>\n',
}
