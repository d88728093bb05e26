import { act, useState, type JSX } from 'react'
import { createRoot, type Root } from 'react-dom/client'
import { afterEach, beforeEach, describe, expect, it } from 'vitest'
import { applyLanguage } from '@shared/i18n/i18n'
import { newGitTargetConfig } from '@shared/sites/gitPresets'
import type { GitTargetConfig } from '@shared/sites/targets'
import { GitTargetFields } from './GitTargetFields'

declare global {
  var IS_REACT_ACT_ENVIRONMENT: boolean | undefined
}
globalThis.IS_REACT_ACT_ENVIRONMENT = true

let container: HTMLDivElement
let root: Root
let latest: GitTargetConfig
const saved: { id: string; name: string; value: string }[] = []

Object.assign(window, {
  copydesk: {
    sites: {
      savedSecrets: async () => ({ ok: true, value: saved.map((s) => s.name) }),
      saveSecret: async (input: { id: string; name: string; value: string }) => {
        saved.push(input)
        return { ok: true, value: undefined }
      },
    },
  },
})

function Harness({ siteId }: { siteId: string | null }): JSX.Element {
  const [config, setConfig] = useState(newGitTargetConfig())
  return (
    <GitTargetFields
      siteId={siteId}
      config={config}
      onChange={(next) => {
        latest = next
        setConfig(next)
      }}
    />
  )
}

function change(element: HTMLInputElement | HTMLSelectElement, value: string): void {
  const proto = element instanceof HTMLSelectElement ? HTMLSelectElement : HTMLInputElement
  const setValue = Object.getOwnPropertyDescriptor(proto.prototype, 'value')?.set
  act(() => {
    setValue?.call(element, value)
    element.dispatchEvent(
      new Event(element instanceof HTMLSelectElement ? 'change' : 'input', { bubbles: true }),
    )
  })
}

function byLabel<T extends HTMLElement>(text: string): T {
  const label = [...container.querySelectorAll('label')].find((l) => l.textContent === text)
  return document.getElementById(label?.htmlFor ?? '') as T
}

beforeEach(() => {
  container = document.createElement('div')
  document.body.append(container)
  root = createRoot(container)
  saved.length = 0
})
afterEach(() => {
  applyLanguage('en', ['en-US'])
  act(() => root.unmount())
  container.remove()
})

describe('GitTargetFields', () => {
  it('turns the build check on, and a preset change keeps it', async () => {
    await act(async () => root.render(<Harness siteId="site-news" />))
    expect(byLabel<HTMLSelectElement>('Build check').value).toBe('off')
    change(byLabel('Build check'), 'require')
    change(byLabel('Site generator'), 'astro')
    expect(latest).toMatchObject({ preset: 'astro', buildCheck: 'require' })
  })

  it('fills the layout from the generator preset, and every field stays editable', async () => {
    await act(async () => root.render(<Harness siteId="site-news" />))
    change(byLabel('Site generator'), 'jekyll')
    expect(latest).toMatchObject({
      preset: 'jekyll',
      postPath: '_posts/{date}-{slug}.md',
      draftStyle: 'published',
      aliasKey: 'redirect_from',
    })
    expect(byLabel<HTMLInputElement>('Post file').value).toBe('_posts/{date}-{slug}.md')
    change(byLabel('Post file'), '_posts/news/{date}-{slug}.md')
    expect(latest.postPath).toBe('_posts/news/{date}-{slug}.md')
    expect(latest.preset).toBe('jekyll')
  })

  it('explains a repository address it cannot use', async () => {
    await act(async () => root.render(<Harness siteId="site-news" />))
    change(byLabel('Repository address'), 'http://example.com/site.git')
    expect(container.textContent).toContain('The repository address must start with https://.')
    change(byLabel('Repository address'), 'https://me:secret@example.com/site.git')
    expect(container.textContent).toContain('Remove the name and password from the address')
  })

  it('names the custom generator and explains an unusable address in German', async () => {
    applyLanguage('de', ['de-DE'])
    await act(async () => root.render(<Harness siteId="site-news" />))
    const generators = [...byLabel<HTMLSelectElement>('Website-Generator').options]
    expect(generators.map((option) => option.textContent)).toContain('Eigener')
    change(byLabel('Repository-Adresse'), 'http://example.com/site.git')
    expect(container.textContent).toContain('Die Repository-Adresse muss mit https:// beginnen.')
  })

  it('saves the token to the secret store and only says that it is saved', async () => {
    await act(async () => root.render(<Harness siteId="site-news" />))
    const token = byLabel<HTMLInputElement>('Access token')
    expect(token.type).toBe('password')
    change(token, 'ghp_secret123')
    const button = [...container.querySelectorAll('button')].find(
      (b) => b.textContent === 'Save token',
    )
    await act(async () => button?.click())
    expect(saved).toEqual([{ id: 'site-news', name: 'token', value: 'ghp_secret123' }])
    expect(token.value).toBe('')
    expect(container.textContent).toContain('Token saved')
    expect(container.innerHTML).not.toContain('ghp_secret123')
  })

  it('asks to save a new site before its token', () => {
    act(() => root.render(<Harness siteId={null} />))
    expect(byLabel<HTMLInputElement>('Access token').disabled).toBe(true)
    expect(container.textContent).toContain('Save the site first')
  })
})
