import { mkdtemp, rename, rm, writeFile } from 'node:fs/promises'
import { tmpdir } from 'node:os'
import { join } from 'node:path'
import { afterAll, beforeAll, describe, expect, it } from 'vitest'
import type { DocNode } from '@shared/article/Article'
import { INPUT_LIMITS } from '@shared/safety/inputLimits'
import { createServices, type Services } from '../createServices'
import { MemorySecretStore } from '../secrets/SecretStore'
import { JsonFileSettingsStore } from '../settings/JsonFileSettingsStore'
import { createHandlers, type Handlers } from './createHandlers'

const appInfo = { version: '0.0.0', platform: 'linux', runtime: 'browser' } as const

let dir = ''
let services: Services
let handlers: Handlers
let articleId = ''

/** A document of blockquotes nested `depth` deep. */
function nested(depth: number): DocNode {
  let node: DocNode = { type: 'paragraph', content: [{ type: 'text', text: 'deep' }] }
  for (let i = 0; i < depth; i++) node = { type: 'blockquote', content: [node] }
  return { type: 'doc', content: [node] }
}

async function call(name: string, input: unknown) {
  const handler = handlers[name]
  if (!handler) throw new Error(`no handler ${name}`)
  return handler(input)
}

beforeAll(async () => {
  dir = await mkdtemp(join(tmpdir(), 'copydesk-limits-'))
  services = await createServices({
    libraryPath: join(dir, 'Library'),
    settings: new JsonFileSettingsStore(join(dir, 'settings.json')),
    dataPath: join(dir, 'AppData'),
    secrets: new MemorySecretStore(),
    appInfo,
  })
  handlers = createHandlers(services, { openExternal: async () => {}, checkOutputs: true })
  articleId = (await services.library.create({ title: 'Limits' })).meta.id
})
afterAll(async () => {
  await services.close()
  await rm(dir, { recursive: true, force: true })
})

describe('document limits at the boundary', () => {
  it('refuses a document nested 1,500 deep with a typed error, on save and preview', async () => {
    const doc = nested(1500)
    const saved = await call('copydesk:articles.save', { id: articleId, doc })
    expect(saved).toMatchObject({ ok: false, error: { code: 'invalid_input' } })
    expect(!saved.ok && saved.error.message).toContain(
      `more than ${INPUT_LIMITS.maxDocumentDepth} levels`,
    )
    const meta = (await services.library.get(articleId)).meta
    const preview = await call('copydesk:preview.render', { siteId: null, meta, doc })
    expect(preview).toMatchObject({ ok: false, error: { code: 'invalid_input' } })
  })

  it('still saves a document nested a hundred deep', async () => {
    const saved = await call('copydesk:articles.save', {
      id: articleId,
      doc: nested(100),
    })
    expect(saved.ok).toBe(true)
  })

  it('refuses 1,000,000 empty paragraphs quickly, before validating them', async () => {
    const content = Array.from({ length: 1_000_000 }, () => ({ type: 'paragraph' }))
    const started = performance.now()
    const saved = await call('copydesk:articles.save', {
      id: articleId,
      doc: { type: 'doc', content },
    })
    const took = performance.now() - started
    console.log(`1,000,000 empty paragraphs refused in ${took.toFixed(0)} ms`)
    expect(saved).toMatchObject({ ok: false, error: { code: 'invalid_input' } })
    expect(!saved.ok && saved.error.message).toContain('too many parts')
  })

  it('quarantines an article.json nested too deep with that reason instead of overflowing', async () => {
    const file = join(services.libraryInfo().path, 'articles', articleId, 'article.json')
    const depth = 5000
    const quotes = '{"type":"blockquote","content":['.repeat(depth)
    const doc = `{"type":"doc","content":[${quotes}{"type":"paragraph"}${']}'.repeat(depth)}]}`
    const text = `{"schema":1,"meta":{},"doc":${doc}}`
    await writeFile(`${file}.new`, text)
    await rename(`${file}.new`, file)
    const opened = await call('copydesk:articles.get', { id: articleId })
    expect(opened, JSON.stringify(opened).slice(0, 400)).toMatchObject({
      ok: false,
      error: { code: 'io' },
    })
    const reasons = services.libraryInfo().quarantine.map((n) => n.reason)
    expect(reasons.join(' ')).toContain('nested too deeply')
  })
})
