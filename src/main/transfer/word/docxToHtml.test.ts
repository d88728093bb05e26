import { readFile } from 'node:fs/promises'
import { join } from 'node:path'
import { describe, expect, it } from 'vitest'
import { makeZipBomb } from '../../../../tests/fixtures/makeZipBomb'
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
