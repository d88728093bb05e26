import { act } from 'react'
import { createRoot, type Root } from 'react-dom/client'
import { afterEach, beforeEach, describe, expect, it } from 'vitest'
import { WebhookTargetConfigSchema } from '@shared/sites/targets'
import type { SiteDraft, SiteProfile } from '@shared/sites/SiteProfile'
import { SiteForm } from './SiteForm'

declare global {
  var IS_REACT_ACT_ENVIRONMENT: boolean | undefined
}
globalThis.IS_REACT_ACT_ENVIRONMENT = true

const created: SiteDraft[] = []
const secretsSaved: { name: string; value: string }[] = []
let protection: 'os' | 'basic_text' = 'os'
const ok = <T,>(value: T) => Promise.resolve({ ok: true, value })
;(window as unknown as { copydesk: unknown }).copydesk = {
  sites: {
    create: (draft: SiteDraft) => {
      created.push(draft)
      return ok({ ...draft, id: 'harbour-times' })
    },
    savedSecrets: () => ok(secretsSaved.map((s) => s.name)),
    secretProtection: () => ok(protection),
    saveSecret: (input: { name: string; value: string }) => {
      secretsSaved.push(input)
      return ok(undefined)
    },
  },
}

let container: HTMLDivElement
let root: Root
let savedSite: SiteProfile | null = null

beforeEach(() => {
  container = document.createElement('div')
  document.body.append(container)
  root = createRoot(container)
  created.length = 0
  secretsSaved.length = 0
  savedSite = null
  protection = 'os'
})
afterEach(() => {
  act(() => root.unmount())
  container.remove()
})

const $ = <T extends Element = HTMLElement>(selector: string): T => {
  const found = container.querySelector<T>(selector)
  if (!found) throw new Error(`nothing matches ${selector}`)
  return found
}

function type(selector: string, value: string): void {
  const input = $<HTMLInputElement | HTMLSelectElement>(selector)
  const proto = input instanceof HTMLSelectElement ? HTMLSelectElement : HTMLInputElement
  act(() => {
    Object.getOwnPropertyDescriptor(proto.prototype, 'value')?.set?.call(input, value)
    input.dispatchEvent(
      new Event(proto === HTMLSelectElement ? 'change' : 'input', { bubbles: true }),
    )
  })
}

async function submit(): Promise<void> {
  await act(async () => {
    $('[data-testid=site-save]').click()
    await new Promise((done) => setTimeout(done, 10))
  })
}

function show(saved: SiteProfile | null = null): void {
  act(() =>
    root.render(
      <SiteForm
        saved={saved}
        onSaved={(site) => (savedSite = site)}
        onRemove={() => undefined}
        onDirty={() => undefined}
      />,
    ),
  )
}

const site: SiteProfile = {
  id: 'harbour-times',
  name: 'Harbour Times',
  url: 'https://news.example.com/',
  categories: [],
  navigation: [],
  theme: { kind: 'builtin', id: 'newsroom' },
  target: WebhookTargetConfigSchema.parse({ kind: 'webhook', url: 'https://hooks.example.com/' }),
}

describe('SiteForm', () => {
  it('does not save a site without a name or with an address that is not a web address', async () => {
    show()
    type('[data-testid=site-url]', 'news.example.com')
    await submit()
    expect(created).toEqual([])
    expect(container.textContent).toContain('Give the site a name.')
    expect(container.textContent).toContain('starting with https://')
  })

  it('saves a valid site, trimmed, with its categories and target', async () => {
    show()
    type('[data-testid=site-name]', '  Harbour Times ')
    type('[data-testid=site-url]', 'https://news.example.com/')
    type('[data-testid=site-categories]', 'Business, Port news,')
    type('[data-testid=site-target-kind]', 'webhook')
    type('[data-testid=target-webhook-url]', 'https://hooks.example.com/articles')
    await submit()
    expect(created).toHaveLength(1)
    expect(created[0]).toMatchObject({
      name: 'Harbour Times',
      url: 'https://news.example.com/',
      categories: ['Business', 'Port news'],
      target: { kind: 'webhook', url: 'https://hooks.example.com/articles' },
    })
    expect(savedSite?.id).toBe('harbour-times')
  })

  it('asks before storing a secret where there is no keychain, and never shows it again', async () => {
    protection = 'basic_text'
    show(site)
    await act(async () => new Promise((done) => setTimeout(done, 10)))
    type('[data-testid=secret-hmacSecret]', 's3cret-value')
    act(() => $('[data-testid=secret-hmacSecret-save]').click())
    expect(secretsSaved).toEqual([])
    expect($('[data-testid=secret-hmacSecret-confirm]').textContent).toContain('no keychain')
    await act(async () => {
      $('[data-testid=secret-hmacSecret-confirm-ok]').click()
      await new Promise((done) => setTimeout(done, 10))
    })
    expect(secretsSaved).toEqual([
      { id: 'harbour-times', name: 'hmacSecret', value: 's3cret-value' },
    ])
    expect($<HTMLInputElement>('[data-testid=secret-hmacSecret]').value).toBe('')
    expect($('[data-testid=secret-hmacSecret-saved]').textContent).toBe('Saved')
    expect(container.innerHTML).not.toContain('s3cret-value')
  })

  it('stores a secret at once where the system keeps it safe', async () => {
    show(site)
    await act(async () => new Promise((done) => setTimeout(done, 10)))
    type('[data-testid=secret-hmacSecret]', 'another')
    await act(async () => {
      $('[data-testid=secret-hmacSecret-save]').click()
      await new Promise((done) => setTimeout(done, 10))
    })
    expect(secretsSaved.map((s) => s.value)).toEqual(['another'])
  })

  it('takes the secret of a new site before it is saved and stores it once the site exists', async () => {
    show()
    type('[data-testid=site-name]', 'Harbour Times')
    type('[data-testid=site-url]', 'https://news.example.com/')
    type('[data-testid=site-target-kind]', 'webhook')
    type('[data-testid=target-webhook-url]', 'https://hooks.example.com/articles')
    expect($<HTMLInputElement>('[data-testid=secret-hmacSecret]').disabled).toBe(false)
    type('[data-testid=secret-hmacSecret]', 'early-secret')
    expect(secretsSaved).toEqual([])
    await submit()
    expect(created).toHaveLength(1)
    expect(secretsSaved).toEqual([
      { id: 'harbour-times', name: 'hmacSecret', value: 'early-secret' },
    ])
    // The settings show the saved site next, as Settings → Sites does.
    show(savedSite)
    expect(container.innerHTML).not.toContain('early-secret')
  })
})
