import { describe, expect, it, vi } from 'vitest'
import type { CopydeskApi } from '@shared/ipc/contract'
import { createCopydeskClient } from './copydesk'
import { CopydeskError } from './CopydeskError'

/** A bridge whose methods all answer with `answer`. */
function bridgeAnswering(answer: (channel: string, input: unknown) => Promise<unknown>) {
  const calls: [string, unknown][] = []
  const group = (name: string) =>
    new Proxy(
      {},
      {
        get: (_target, method: string) => (input: unknown) => {
          calls.push([`${name}.${method}`, input])
          return answer(`${name}.${method}`, input)
        },
      },
    )
  const bridge = {
    app: group('app'),
    library: group('library'),
    articles: group('articles'),
    trash: group('trash'),
    revisions: group('revisions'),
    assets: group('assets'),
    settings: group('settings'),
    onMenuCommand: vi.fn(() => () => undefined),
  } as unknown as CopydeskApi
  return { bridge, calls }
}

describe('createCopydeskClient', () => {
  it('passes the input through and resolves with the unwrapped value', async () => {
    const { bridge, calls } = bridgeAnswering(async () => ({ ok: true, value: { removed: 3 } }))
    const client = createCopydeskClient(bridge)
    await expect(client.trash.empty()).resolves.toEqual({ removed: 3 })
    await client.articles.get({ id: 'abc123' })
    expect(calls).toEqual([
      ['trash.empty', undefined],
      ['articles.get', { id: 'abc123' }],
    ])
  })

  it('throws a CopydeskError with the code and message main sent', async () => {
    const { bridge } = bridgeAnswering(async () => ({
      ok: false,
      error: { code: 'not_found', message: 'That article no longer exists.' },
    }))
    const failure = await createCopydeskClient(bridge)
      .articles.get({ id: 'abc123' })
      .catch((e: unknown) => e)
    expect(failure).toBeInstanceOf(CopydeskError)
    expect(failure).toMatchObject({ code: 'not_found', message: 'That article no longer exists.' })
  })

  it('turns a broken bridge into a plain internal error, not raw IPC text', async () => {
    const { bridge } = bridgeAnswering(() =>
      Promise.reject(new Error("Error invoking remote method 'copydesk:articles.list'")),
    )
    await expect(createCopydeskClient(bridge).articles.list({})).rejects.toMatchObject({
      code: 'internal',
      message: 'Copydesk lost contact with its background process.',
    })
  })

  it('forwards menu subscriptions', () => {
    const { bridge } = bridgeAnswering(async () => ({ ok: true, value: undefined }))
    const listener = vi.fn()
    createCopydeskClient(bridge).onMenuCommand(listener)
    expect(bridge.onMenuCommand).toHaveBeenCalledWith(listener)
  })
})
