import { describe, expect, it } from 'vitest'
import { cleanPastedHtml } from './cleanPastedHtml'

/** A copy from a news article page: the story, its share bar and an ad slot's label. */
const NEWS_PAGE = `
<div class="article-body">
  <h1>Harbour opens a third berth</h1>
  <div class="share-tools"><span>Share this article</span>
    <ul><li><a href="https://facebook.com/x">Facebook</a></li><li><a href="https://x.com/y">X</a></li>
    <li><a href="https://linkedin.com/z">LinkedIn</a></li></ul></div>
  <p>The port authority confirmed the plan on Monday.</p>
  <p>Advertisement</p>
  <div><p>Facebook · Twitter · Email</p></div>
  <p>Share this story</p>
  <p>Ships of up to 300 metres will berth there from spring.</p>
  <div class="ad-slot"><p>Sponsored: Buy a boat</p></div>
</div>`

describe('removeWebPageChrome (through cleanPastedHtml)', () => {
  it('drops share bars and advertisement labels from a news page and keeps the story', () => {
    const html = cleanPastedHtml(NEWS_PAGE)
    expect(html).toContain('The port authority confirmed the plan on Monday.')
    expect(html).toContain('Ships of up to 300 metres will berth there from spring.')
    for (const chrome of [
      'Share this',
      'Facebook',
      'LinkedIn',
      'Advertisement',
      'Email',
      'Buy a boat',
    ]) {
      expect(html).not.toContain(chrome)
    }
  })

  it('keeps sentences that only mention sharing or a network', () => {
    const html = cleanPastedHtml(
      '<p>Share prices rose on Monday.</p><p>Email</p><p>Follow us on Facebook for updates.</p><p>Ad</p>',
    )
    expect(html).toContain('Share prices rose on Monday.')
    expect(html).toContain('Follow us on Facebook for updates.')
    expect(html).toContain('<p>Email</p>')
    expect(html).not.toContain('<p>Ad</p>')
  })
})
