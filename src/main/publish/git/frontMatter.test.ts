import { describe, expect, test } from 'vitest'
import { GIT_PRESET_LAYOUTS } from '@shared/sites/gitPresets'
import { TRICKY_TITLES } from '../../../../tests/peers/trickyTitles'
import { aliasesIn, markDraft, readPostFile, writePostFile, type PostFields } from './frontMatter'

function fields(title: string): PostFields {
  return {
    title,
    date: new Date('2026-05-04T08:00:00Z'),
    slug: 'tricky',
    categories: [title],
    tags: [title, 'plain'],
    description: title,
    image: null,
    imageAlt: '',
    author: '',
    draft: false,
    aliases: [],
  }
}

describe('front matter', () => {
  test('the author and the featured image with its alt text go under their keys', () => {
    const layout = GIT_PRESET_LAYOUTS.jekyll
    const post = { ...fields('Crane'), author: 'Ana Silva', image: '/a.png', imageAlt: 'A crane' }
    expect(readPostFile(writePostFile(layout, post, 'Body'))?.data).toMatchObject({
      author: 'Ana Silva',
      image: '/a.png',
      image_alt: 'A crane',
    })
    const none = readPostFile(writePostFile(layout, fields('Crane'), 'Body'))?.data ?? {}
    expect(Object.keys(none)).not.toContain('author')
    expect(Object.keys(none)).not.toContain('image_alt')
  })

  for (const frontMatter of ['yaml', 'toml'] as const) {
    test(`${frontMatter}: every tricky value reads back exactly`, () => {
      const layout = { ...GIT_PRESET_LAYOUTS.hugo, frontMatter }
      for (const title of TRICKY_TITLES) {
        const text = writePostFile(layout, fields(title), `Body of ${title}`)
        const post = readPostFile(text)
        expect(post?.format).toBe(frontMatter)
        expect(post?.data, title).toMatchObject({
          title,
          description: title,
          categories: [title],
          tags: [title, 'plain'],
          draft: false,
        })
        expect(post?.body.trim()).toBe(`Body of ${title}`)
      }
    })
  }

  test('Jekyll writes published: true, and markDraft turns it to false keeping the body', () => {
    const layout = GIT_PRESET_LAYOUTS.jekyll
    const text = writePostFile(layout, { ...fields('Ferry'), aliases: ['/old/'] }, 'Body')
    expect(text).toBe(
      '---\ntitle: Ferry\ndate: 2026-05-04T08:00:00Z\nslug: tricky\ndescription: Ferry\n' +
        'categories:\n  - Ferry\ntags:\n  - Ferry\n  - plain\npublished: true\n' +
        'redirect_from:\n  - /old/\n---\n\nBody\n',
    )
    const hidden = markDraft(layout, text)
    expect(readPostFile(hidden ?? '')?.data.published).toBe(false)
    expect(hidden).toMatch(/\n\nBody\n$/)
    expect(aliasesIn(layout, text)).toEqual(['/old/'])
    expect(markDraft(layout, 'no front matter here')).toBeNull()
  })

  test('empty keys leave values out; TOML writes a real date', () => {
    const layout = {
      ...GIT_PRESET_LAYOUTS.hugo,
      frontMatter: 'toml' as const,
      keys: { ...GIT_PRESET_LAYOUTS.hugo.keys, slug: '', description: '' },
    }
    const text = writePostFile(layout, fields('Plain'), 'Body')
    expect(text).toContain('date = 2026-05-04T08:00:00.000Z')
    expect(text).not.toContain('slug')
    expect(text).not.toContain('description')
  })
})

describe('blob ids', () => {
  test('match what git itself computes', async () => {
    const { SiteRepo } = await import('./SiteRepo')
    const { execFileSync } = await import('node:child_process')
    const text = 'Hello, harbour — ⚓\n'
    const fromGit = execFileSync('git', ['hash-object', '--stdin'], { input: text })
      .toString()
      .trim()
    expect(await SiteRepo.hash(new TextEncoder().encode(text))).toBe(fromGit)
  })
})
