import { readFile } from 'node:fs/promises'
import { join } from 'node:path'
import { strFromU8, strToU8, unzipSync, zipSync } from 'fflate'
import { describe, expect, it } from 'vitest'
import { makeZipBomb } from '../../../../tests/fixtures/makeZipBomb'
import { commentEndMarker, commentStartMarker } from '@shared/transfer/commentMarkers'
import { docxToHtml } from './docxToHtml'

const FIXTURES = join(import.meta.dirname, '../../../../tests/fixtures/word')
const fixture = (name: string) => readFile(join(FIXTURES, name))

describe('docxToHtml', () => {
  it('reads a LibreOffice document: headings, marks, links, nested lists, table, image, footnote', async () => {
    const { html } = await docxToHtml(await fixture('libreoffice-report.docx'), 'report.docx')
    expect(html).toContain('<h1>Harbour report</h1>')
    expect(html).toContain('<strong>Monday</strong>, <em>ahead of schedule</em>')
    expect(html).toContain('<a href="https://example.com/quay">full plan</a>')
    expect(html).toMatch(/<ul><li>Bigger ships <ol><li>Up to 400 metres<\/li>/)
    expect(html).toContain('<td><p>North</p></td><td><p>400 m</p></td>')
    expect(html).toMatch(/<img [^>]*src="data:image\/png;base64,/)
    expect(html).toContain('alt="The new quay at dawn"')
    expect(html).toMatch(
      /<ol><li id="footnote-\d+"><p>\s*Figures from the port authority\.<\/p><\/li><\/ol>$/,
    )
  })

  it('reads a LibreOffice document’s comments: who wrote them, their text, resolved, their words', async () => {
    const { html, comments } = await docxToHtml(
      await fixture('libreoffice-comments.docx'),
      'comments.docx',
    )
    expect(comments.map(({ author, body, resolved }) => ({ author, body, resolved }))).toEqual([
      { author: 'Rita Reviewer', body: 'Was it not Tuesday?', resolved: false },
      { author: 'Walt Writer', body: 'Monday, checked.', resolved: false },
      { author: 'Lena Legal', body: 'Check the figure\nwith the port.', resolved: true },
    ])
    const [rita, walt, lena] = comments.map((c) => c.id)
    const start = (id = '') => commentStartMarker(id)
    const end = (id = '') => commentEndMarker(id)
    expect(html).toContain(
      `${start(walt)}${start(rita)}<strong>Monday</strong> at dawn${end(rita)}${end(walt)}, ahead`,
    )
    expect(html).toContain(`It takes ${start(lena)}ships of 400 metres.</p>`)
    expect(html).toContain(`<p>The first ship is due in June.${end(lena)} Crews`)
  })

  it('dates each comment when it was written, as the file says', async () => {
    const { comments } = await docxToHtml(
      await fixture('libreoffice-comments.docx'),
      'comments.docx',
    )
    expect(comments.map((c) => c.createdAt)).toEqual([
      '2024-05-02T10:00:00.000Z',
      '2024-05-02T11:00:00.000Z',
      '2024-05-03T09:00:00.000Z',
    ])
  })

  it('leaves a comment undated when its date is missing or no calendar reads it', async () => {
    // A copy of the LibreOffice file with the first date taken out and the second garbled.
    const files = unzipSync(new Uint8Array(await fixture('libreoffice-comments.docx')))
    const xml = strFromU8(files['word/comments.xml'] as Uint8Array)
      .replace(' w:date="2024-05-02T10:00:00Z"', '')
      .replace('2024-05-02T11:00:00Z', 'last Tuesday')
    files['word/comments.xml'] = strToU8(xml)
    const { comments } = await docxToHtml(zipSync(files), 'comments.docx')
    expect(comments.map((c) => c.createdAt)).toEqual([null, null, '2024-05-03T09:00:00.000Z'])
  })

  it('reads a document without comments as it always did', async () => {
    const { html, comments } = await docxToHtml(await fixture('libreoffice-report.docx'), 'r.docx')
    expect(comments).toEqual([])
    expect(html).not.toMatch(/[\uE000-\uE002]/)
  })

  it('never reads a picture linked to a file outside the document', async () => {
    const { html, warnings } = await docxToHtml(await fixture('linked-image.docx'), 'linked.docx')
    expect(html).not.toContain('<img')
    expect(warnings.some((w) => w.includes('external file access is disabled'))).toBe(true)
  })

  it('refuses password-protected and old .doc files with what to do', async () => {
    const compound = Uint8Array.from([0xd0, 0xcf, 0x11, 0xe0, 0xa1, 0xb1, 0x1a, 0xe1, 0, 0, 0])
    await expect(docxToHtml(compound, 'secret.docx')).rejects.toThrow(
      '“secret.docx” is protected with a password, or is an old .doc file.',
    )
  })

  it('refuses damaged files and files that are not Word files', async () => {
    const whole = await fixture('libreoffice-report.docx')
    await expect(docxToHtml(whole.subarray(0, 3000), 'cut.docx')).rejects.toThrow(
      /“cut.docx” is damaged/,
    )
    await expect(docxToHtml(Buffer.from('hello'), 'notes.docx')).rejects.toThrow(
      '“notes.docx” is not a Word (.docx) file.',
    )
  })

  it('stops a zip bomb by what it unpacks to', async () => {
    const bomb = makeZipBomb(40, 10 * 1024 * 1024)
    expect(bomb.byteLength).toBeLessThan(2 * 1024 * 1024)
    await expect(docxToHtml(bomb, 'bomb.docx')).rejects.toThrow(
      '“bomb.docx” unpacks to more than 300 MB, far more than a document needs. It was not opened.',
    )
  }, 30_000)

  it('refuses files over 50 MB before reading them', async () => {
    const big = new Uint8Array(51 * 1024 * 1024)
    big.set([0x50, 0x4b, 0x03, 0x04])
    await expect(docxToHtml(big, 'huge.docx')).rejects.toThrow(
      '“huge.docx” is 51 MB; Copydesk imports Word files up to 50 MB.',
    )
  })
})
