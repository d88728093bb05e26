import { join } from 'node:path'
import { afterAll, beforeAll, describe, expect, it } from 'vitest'
import type { IpcResult } from '../../src/shared/ipc/contract'
import { makePng } from '../fixtures/makePng'
import { startHarness, type Harness } from './startHarness'

/** Calls `window.copydesk.<group>.<method>(input)` inside the page. */
function inPage(h: Harness, group: string, method: string, input?: unknown) {
  return h.page.evaluate(
    ([g, m, i]) => {
      const api = (
        window as unknown as { copydesk: Record<string, Record<string, (x: unknown) => unknown>> }
      ).copydesk
      return api[g]?.[m]?.(i)
    },
    [group, method, input] as const,
  ) as Promise<IpcResult<unknown>>
}

describe('the browser harness', () => {
  let h: Harness

  beforeAll(async () => {
    h = await startHarness({ rendererDir: join(import.meta.dirname, 'fixture') })
  })
  afterAll(async () => {
    await h?.close()
  })

  it('serves the page with the app content security policy', async () => {
    const response = await h.page.request.get(`${h.baseUrl}/index.html`)
    expect(response.headers()['content-security-policy']).toContain("script-src 'self'")
    expect(await h.page.textContent('#status')).toBe('ready')
  })

  it('routes window.copydesk calls to the same handlers, validation included', async () => {
    const created = await inPage(h, 'articles', 'create', { title: 'From the page' })
    expect(created).toMatchObject({ ok: true, value: { meta: { title: 'From the page' } } })
    const invalid = await inPage(h, 'articles', 'get', { id: '../../etc' })
    expect(invalid).toMatchObject({ ok: false, error: { code: 'invalid_input' } })
    expect(await inPage(h, 'app', 'info')).toMatchObject({
      ok: true,
      value: { runtime: 'browser' },
    })
  })

  it('serves imported images under /media', async () => {
    const created = await inPage(h, 'articles', 'create', {})
    const id = (created as { ok: true; value: { meta: { id: string } } }).value.meta.id
    const png = makePng(8, 6)
    const ref = await inPage(h, 'assets', 'import', {
      articleId: id,
      fileName: 'a.png',
      mimeType: 'image/png',
      dataBase64: png.toString('base64'),
    })
    const name = (ref as { ok: true; value: { name: string } }).value.name
    const response = await h.page.request.get(`${h.baseUrl}/media/${id}/${name}`)
    expect(response.status()).toBe(200)
    expect(response.headers()['content-type']).toBe('image/png')
    expect(Buffer.from(await response.body()).equals(png)).toBe(true)
    expect((await h.page.request.get(`${h.baseUrl}/media/${id}/missing.png`)).status()).toBe(404)
  })

  it('refuses calls from a frame inside the page', async () => {
    await h.page.evaluate(() => {
      const frame = document.createElement('iframe')
      frame.src = '/index.html'
      document.body.append(frame)
      return new Promise((resolve) => frame.addEventListener('load', resolve))
    })
    const child = h.page.frames().find((frame) => frame !== h.page.mainFrame())
    const answer = await child?.evaluate(() =>
      (window as unknown as { __copydeskInvoke(c: string, i: unknown): string }).__copydeskInvoke(
        'copydesk:app.info',
        undefined,
      ),
    )
    expect(JSON.parse(answer ?? 'null')).toMatchObject({ ok: false, error: { code: 'forbidden' } })
  })

  it('delivers menu commands to onMenuCommand listeners', async () => {
    await h.sendMenuCommand('toggle-library')
    expect(
      await h.page.evaluate(() => (window as unknown as { menuCommands: string[] }).menuCommands),
    ).toEqual(['toggle-library'])
  })

  it('keeps the library across a reload of the app', async () => {
    await inPage(h, 'articles', 'create', { title: 'Survives reloads' })
    await h.reload()
    const list = await inPage(h, 'articles', 'list', {})
    const titles = (list as { ok: true; value: { items: { title: string }[] } }).value.items.map(
      (item) => item.title,
    )
    expect(titles).toContain('Survives reloads')
  })
})
