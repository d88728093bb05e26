import { describe, expect, it } from 'vitest'
import type { DocNode } from '@shared/article/Article'
import { liveMarker } from './liveMarker'
import { pageShows } from './pageShows'

const paragraph = (text: string): DocNode => ({
  type: 'paragraph',
  content: [{ type: 'text', text }],
})
const article = (title: string, ...texts: string[]) => ({
  meta: { title },
  doc: { type: 'doc', content: texts.map(paragraph) } as DocNode,
})

describe('liveMarker', () => {
  it('takes the first words of the longest paragraph, letters and digits only', () => {
    const marker = liveMarker(
      article(
        'Title',
        'Short one.',
        'Know the enemy---- then act: 2010--2020, “quoted” — done and dusted for good.',
      ),
    )
    expect(marker).toBe('know the enemy then act 2010 2020 quoted done and dusted for')
  })

  it('falls back to the title when the body is empty', () => {
    expect(liveMarker(article('Quay reopens!'))).toBe('quay reopens')
  })
})

describe('pageShows', () => {
  const marker = 'know the enemy then act 2010 2020 quoted done'

  it('finds the words through a generator’s typography, tags and entities', () => {
    const html =
      '<p>Know the enemy&#8212; then <em>act</em>: 2010&ndash;2020, &#8220;quoted&#8221; &mdash; done.</p>'
    expect(pageShows(html, marker)).toBe(true)
  })

  it('does not find them in a script, in another order, or as part of longer words', () => {
    expect(pageShows(`<script>var t = "${marker}"</script><p>Old text</p>`, marker)).toBe(false)
    expect(pageShows('<p>the enemy know then act 2010 2020 quoted done</p>', marker)).toBe(false)
    expect(pageShows('<p>reknow the enemy then act 2010 2020 quoted done</p>', marker)).toBe(false)
  })

  it('finds Chinese or Japanese text that has bold or a link inside it', () => {
    const text = '港口今天早上启用了新码头，第一艘船中午靠岸'
    const marker = liveMarker(article('标题', text))
    const html =
      '<p>港口今天早上<strong>启用了新码头</strong>，<a href="/x">第一艘船</a>中午靠岸</p>'
    expect(pageShows(html, marker)).toBe(true)
    expect(pageShows('<p>港口今天早上</p><p>启用了新码头第一艘船中午靠岸</p>', marker)).toBe(false)
  })
})
