import { mkdtemp, rm, writeFile } from 'node:fs/promises'
import { tmpdir } from 'node:os'
import { join } from 'node:path'
import { afterEach, beforeEach, describe, expect, it } from 'vitest'
import { ThemeEngine } from './ThemeEngine'
import type { ThemeVariables } from './ThemeVariables'

const variables: ThemeVariables = {
  site: { name: 'Harbour News', url: 'https://news.example.com/', navigation: [] },
  article: {
    title: 'Harbour <b>expansion</b>',
    slug: 'harbour-expansion',
    excerpt: '',
    author: 'Ines',
    date: '2026-11-29T10:00:00.000Z',
    date_formatted: 'November 29, 2026',
    category: 'Industry Insights',
    tags: [],
    featured_image: null,
    seo_title: '',
    seo_description: '',
    reading_minutes: 1,
  },
  content: '<p>Body</p>',
  category: 'Industry Insights',
  breadcrumb: [],
  tags: [],
  featured_image: null,
  theme_url: '/themes/x',
}

describe('ThemeEngine', () => {
  let dir: string
  const theme = async (template: string) => {
    await writeFile(join(dir, 'theme.json'), '{"name":"Test","template":"article.liquid"}')
    await writeFile(join(dir, 'article.liquid'), template)
  }

  beforeEach(async () => {
    dir = await mkdtemp(join(tmpdir(), 'copydesk-theme-'))
  })
  afterEach(async () => {
    await rm(dir, { recursive: true, force: true })
  })

  it('escapes every value unless the template asks for raw', async () => {
    await theme('<h1>{{ article.title }}</h1>{{ content | raw }}')
    const output = await new ThemeEngine().render(dir, variables)
    expect(output).toEqual({
      ok: true,
      html: '<h1>Harbour &lt;b&gt;expansion&lt;/b&gt;</h1><p>Body</p>',
    })
  })

  it('reports a parse error with its file and line', async () => {
    await theme('<main>\n  <h1>{{ article.title }}</h1>\n  {% if article.author %}\n</main>')
    const output = await new ThemeEngine().render(dir, variables)
    expect(output).toMatchObject({
      ok: false,
      error: { line: 3, file: 'article.liquid', message: expect.stringContaining('not closed') },
    })
  })

  it('reports an unknown filter with its line', async () => {
    await theme('<p>\n{{ article.title | shout }}</p>')
    const output = await new ThemeEngine().render(dir, variables)
    expect(output).toMatchObject({ ok: false, error: { line: 2, file: 'article.liquid' } })
    if (!output.ok) expect(output.error.message).toContain('shout')
  })

  it('includes partials from the theme folder but nothing outside it', async () => {
    await writeFile(join(dir, 'header.liquid'), '<header>{{ site.name }}</header>')
    await theme('{% include "header" %}')
    expect(await new ThemeEngine().render(dir, variables)).toEqual({
      ok: true,
      html: '<header>Harbour News</header>',
    })
    await theme('line one\n{% include "../../../etc/passwd" %}')
    expect(await new ThemeEngine().render(dir, variables)).toMatchObject({
      ok: false,
      error: { line: 2 },
    })
  })

  it('says when theme.json or the template is missing', async () => {
    const engine = new ThemeEngine()
    expect(await engine.render(dir, variables)).toMatchObject({
      ok: false,
      error: { file: 'theme.json' },
    })
    await writeFile(join(dir, 'theme.json'), '{"name":"Test","template":"page.liquid"}')
    expect(await engine.render(dir, variables)).toMatchObject({
      ok: false,
      error: { file: 'page.liquid', message: 'The template page.liquid is missing.' },
    })
  })

  it('parses again when a template file changes', async () => {
    const engine = new ThemeEngine()
    await theme('<p>first</p>')
    expect(await engine.render(dir, variables)).toMatchObject({ html: '<p>first</p>' })
    await writeFile(join(dir, 'article.liquid'), '<p>second version</p>')
    expect(await engine.render(dir, variables)).toMatchObject({ html: '<p>second version</p>' })
    await writeFile(join(dir, 'article.liquid'), '{% broken')
    expect(await engine.render(dir, variables)).toMatchObject({ ok: false })
    await writeFile(join(dir, 'article.liquid'), '<p>fixed</p>')
    expect(await engine.render(dir, variables)).toMatchObject({ html: '<p>fixed</p>' })
  })

  it('stops a runaway template instead of hanging', async () => {
    await theme('{% for i in (1..100000000) %}{{ i }}{% endfor %}')
    const output = await new ThemeEngine().render(dir, variables)
    expect(output.ok).toBe(false)
  }, 20_000)
})
