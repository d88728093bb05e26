import { describe, expect, it } from 'vitest'
import { slugify } from '@shared/article/slugify'
import { makeArticle } from '../../../tests/fixtures/publishContext'
import { postSlug } from './git/postDraft'
import type { PublishContext } from './PublishTarget'
import { articleSlug } from './wordpress/articleSlug'

/** An article whose slug follows its title, as the library stores it. */
function articleTitled(title: string) {
  return makeArticle({ id: 'slug-test', title, slug: slugify(title) }, { type: 'doc' })
}

function gitSlug(title: string): string {
  const context = { article: articleTitled(title), record: null } as unknown as PublishContext
  return postSlug(context)
}

describe('the slug each target gets for a title in another script', () => {
  it.each([
    ['Москва открывает новый порт', 'moskva-otkryvaet-novyy-port'],
    ['Αθήνα: νέα γραμμή', 'athina-nea-grammi'],
    ['北京欢迎你', 'beijing-huanying-ni'],
    ['서울 항만 확장', 'seoul-hangman-hwagjang'],
  ])('gives git and WordPress the same readable slug for “%s”', (title, slug) => {
    expect(gitSlug(title)).toBe(slug)
    expect(articleSlug(articleTitled(title))).toBe(slug)
  })

  it('gives WordPress the Japanese title as written and git a safe file name', () => {
    const title = '東京の港、新航路を開く'
    expect(articleSlug(articleTitled(title))).toBe('東京の港-新航路を開く')
    expect(gitSlug(title)).toMatch(/^article-[a-z0-9]{7}$/)
  })

  it('sends a slug set by hand as it is, whatever the title', () => {
    const article = makeArticle(
      { id: 'slug-test', title: '東京の港', slug: 'tokyo-port', slugLocked: true },
      { type: 'doc' },
    )
    expect(articleSlug(article)).toBe('tokyo-port')
  })
})
