import { afterEach, describe, expect, it } from 'vitest'
import { setFormatLocale } from '@shared/format/localeFormat'
import { applyLanguage, i18n } from '@shared/i18n/i18n'
import { missingSlotsNote, withSlotOutlines } from './slotOutlines'

const page =
  '<html><head><title>t</title></head><body class="post"><h1 class="cd-title">T</h1></body></html>'

describe('the capture picture', () => {
  afterEach(() => {
    void i18n.changeLanguage('en')
    setFormatLocale(undefined)
  })

  it('outlines the found slots and names the missing ones at the top of the page', () => {
    const html = withSlotOutlines(page, [
      { slot: 'title', found: true },
      { slot: 'featured', found: false },
      { slot: 'tags', found: false },
    ])
    expect(html).toContain('.cd-title{outline:3px solid')
    expect(html).not.toContain('.cd-tags{outline')
    expect(html).toContain(
      '<body class="post"><p data-copydesk-missing>Not found on this page: Lead image and Tags. Articles on this site will show without them.</p><h1',
    )
  })

  it('says nothing when every slot was found', () => {
    expect(missingSlotsNote([{ slot: 'title', found: true }])).toBe('')
    expect(withSlotOutlines(page, [{ slot: 'title', found: true }])).not.toContain(
      '<p data-copydesk-missing>',
    )
  })

  it('speaks of one missing slot in the singular', () => {
    expect(missingSlotsNote([{ slot: 'date', found: false }])).toBe(
      '<p data-copydesk-missing>Not found on this page: Date. Articles on this site will show without it.</p>',
    )
  })

  it('names the missing slots in German, joined the German way', () => {
    applyLanguage('de', ['de-DE'])
    expect(
      missingSlotsNote([
        { slot: 'featured', found: false },
        { slot: 'tags', found: false },
      ]),
    ).toBe(
      '<p data-copydesk-missing>Auf dieser Seite nicht gefunden: Aufmacherbild und Schlagwörter. Artikel dieser Website erscheinen ohne diese Elemente.</p>',
    )
  })
})
