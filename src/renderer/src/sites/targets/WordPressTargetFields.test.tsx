import { act, useState, type JSX } from 'react'
import { createRoot, type Root } from 'react-dom/client'
import { afterEach, beforeEach, describe, expect, it } from 'vitest'
import type { WordPressTargetConfig } from '@shared/sites/targets'
import { WordPressTargetFields } from './WordPressTargetFields'

declare global {
  var IS_REACT_ACT_ENVIRONMENT: boolean | undefined
}
globalThis.IS_REACT_ACT_ENVIRONMENT = true

/** The secrets side of `window.copydesk.sites`, keeping what was saved. */
const saved: { id: string; name: string; value: string }[] = []
let protection: 'os' | 'basic_text' = 'os'
;(window as unknown as { copydesk: unknown }).copydesk = {
  sites: {
    savedSecrets: async ({ id }: { id: string }) => ({
      ok: true,
      value: saved.filter((s) => s.id === id).map((s) => s.name),
    }),
    secretProtection: async () => ({ ok: true, value: protection }),
    saveSecret: async (input: { id: string; name: string; value: string }) => {
      saved.push(input)
      return { ok: true, value: undefined }
    },
  },
}

let container: HTMLDivElement
let root: Root
let latest: WordPressTargetConfig

const initial: WordPressTargetConfig = {
  kind: 'wordpress',
  siteUrl: '',
  username: '',
  postStatus: 'publish',
  unpublishMode: 'draft',
}

function Harness({ siteId }: { siteId: string | null }): JSX.Element {
  const [config, setConfig] = useState(initial)
  return (
    <WordPressTargetFields
      siteId={siteId}
      config={config}
      onChange={(next) => {
        latest = next
        setConfig(next)
      }}
    />
  )
}

const find = <T extends Element>(testId: string) =>
  container.querySelector(`[data-testid=${testId}]`) as T | null

function type(input: HTMLInputElement, value: string): void {
  const setValue = Object.getOwnPropertyDescriptor(HTMLInputElement.prototype, 'value')?.set
  act(() => {
    setValue?.call(input, value)
    input.dispatchEvent(new Event('input', { bubbles: true }))
  })
}

async function render(siteId: string | null): Promise<void> {
  await act(async () => root.render(<Harness siteId={siteId} />))
}

beforeEach(() => {
  saved.length = 0
  protection = 'os'
  container = document.createElement('div')
  document.body.append(container)
  root = createRoot(container)
})
afterEach(() => {
  act(() => root.unmount())
  container.remove()
})

describe('WordPressTargetFields', () => {
  it('edits the address and username, and flags an address without https://', async () => {
    await render('news-site')
    type(find<HTMLInputElement>('wordpress-url')!, 'news.example.com')
    expect(latest.siteUrl).toBe('news.example.com')
    expect(container.querySelector('.ui-field-error')?.textContent).toMatch(/starting with https/)
    type(find<HTMLInputElement>('wordpress-url')!, 'https://news.example.com')
    type(find<HTMLInputElement>('wordpress-username')!, 'editor')
    expect(latest).toMatchObject({ siteUrl: 'https://news.example.com', username: 'editor' })
    expect(container.querySelector('.ui-field-error')).toBeNull()
  })

  it('saves the application password as a secret and then only says it is saved', async () => {
    await render('news-site')
    expect(find('wordpress-password-saved')).toBeNull()
    type(find<HTMLInputElement>('wordpress-password')!, 'abcd efgh ijkl mnop qrst uvwx')
    await act(async () => find<HTMLButtonElement>('wordpress-password-save')!.click())
    expect(saved).toEqual([
      { id: 'news-site', name: 'appPassword', value: 'abcd efgh ijkl mnop qrst uvwx' },
    ])
    expect(find('wordpress-password-saved')?.textContent).toBe('Password saved')
    expect(find<HTMLInputElement>('wordpress-password')!.value).toBe('')
  })

  it('shows a password saved earlier, and warns when there is no keychain', async () => {
    saved.push({ id: 'news-site', name: 'appPassword', value: 'x' })
    protection = 'basic_text'
    await render('news-site')
    expect(find('wordpress-password-saved')?.textContent).toBe('Password saved')
    expect(find('wordpress-password-warning')?.textContent).toMatch(/no keychain/)
  })

  it('asks to save the site before its password', async () => {
    await render(null)
    expect(find<HTMLInputElement>('wordpress-password')!.disabled).toBe(true)
    expect(container.textContent).toMatch(/Save the site first/)
  })
})
