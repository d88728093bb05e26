import { writeFile } from 'node:fs/promises'
import { join } from 'node:path'
import { load, type CheerioAPI } from 'cheerio'
import { afterAll, beforeAll, describe, expect, it } from 'vitest'
import { HOSTILE_HTML } from '../../fixtures/hostile'
import {
  doc,
  meta,
  paragraph,
  previewFixture,
  type PreviewFixture,
} from '../../../src/main/preview/testing/previewFixture'

const URL_ATTRIBUTES = /^(href|src|xlink:href|action|formaction|data|poster|background|srcset)$/i
const SCRIPT_URL = /^(javascript|vbscript|data:text\/html)/i

/** What in a page could still run or redirect: each finding names the element and why. */
function executable($: CheerioAPI): string[] {
  const found: string[] = []
  $('script, iframe, frame, object, embed, applet, base, meta[http-equiv="refresh"]').each(
    (_, el) => void found.push(`<${el.tagName}>`),
  )
  $('html, html *').each((_, el) => {
    for (const [name, value] of Object.entries(el.attribs)) {
      const compact = value.replace(/[\s\p{Cc}]/gu, '')
      if (/^on/i.test(name)) found.push(`${el.tagName} ${name}`)
      if (URL_ATTRIBUTES.test(name) && SCRIPT_URL.test(compact)) found.push(`${el.tagName} ${name}`)
      if (name === 'srcdoc') found.push(`${el.tagName} srcdoc`)
    }
  })
  $('set, animate').each((_, el) => void found.push(`<${el.tagName}>`))
  return found
}

describe('hostile HTML in a theme template', () => {
  let fx: PreviewFixture
  let siteId = ''
  let articleId = ''

  beforeAll(async () => {
    fx = await previewFixture({ chooseSavePath: async () => null })
    siteId = (
      await fx.sites.create({
        name: 'Hostile',
        url: '',
        categories: [],
        navigation: [],
        theme: { kind: 'builtin', id: 'newsroom' },
        target: null,
      })
    ).id
    articleId = (await fx.library.create({ title: 'Quay' })).meta.id
    await fx.library.save({ id: articleId, doc: doc(paragraph('Body survives.')) }, 'Ines')
  })
  afterAll(async () => {
    await fx.close()
  })

  it.each(HOSTILE_HTML.map((entry) => [entry.name, entry.html]))(
    '%s: neither the preview nor the review copy keeps anything that runs',
    async (_name, html) => {
      await writeFile(
        join(await fx.sites.themeDir(siteId), 'article.liquid'),
        `<!doctype html><html><head><title>t</title></head><body>${html}\n<main class="cd-body">{{ content | raw }}</main></body></html>`,
      )
      const preview = await fx.preview.render({
        siteId,
        meta: meta({ id: articleId }),
        doc: doc(paragraph('Body survives.')),
      })
      expect(executable(load(preview.html))).toEqual([])
      if (preview.error) return
      expect(load(preview.html)('.cd-body').text()).toContain('Body survives.')
      const copy = await fx.preview.reviewCopyHtml({ articleId, siteId })
      expect(executable(load(copy))).toEqual([])
    },
  )
})
