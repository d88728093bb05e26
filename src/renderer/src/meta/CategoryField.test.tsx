import { act } from 'react'
import { createRoot, type Root } from 'react-dom/client'
import { afterEach, beforeEach, describe, expect, it } from 'vitest'
import type { SiteProfile } from '@shared/sites/SiteProfile'
import { CategoryField } from './CategoryField'

declare global {
  var IS_REACT_ACT_ENVIRONMENT: boolean | undefined
}
globalThis.IS_REACT_ACT_ENVIRONMENT = true

const site: SiteProfile = {
  id: 'harbour-times',
  name: 'Harbour Times',
  url: 'https://news.example.com/',
  categories: ['Business', 'Port news'],
  navigation: [],
  theme: { kind: 'builtin', id: 'newsroom' },
  target: null,
}

let container: HTMLDivElement
let root: Root

beforeEach(() => {
  container = document.createElement('div')
  document.body.append(container)
  root = createRoot(container)
})
afterEach(() => {
  act(() => root.unmount())
  container.remove()
})

function show(value: string, withSite: SiteProfile | null): void {
  act(() =>
    root.render(
      <CategoryField
        value={value}
        site={withSite}
        libraryCategories={['Opinion']}
        onChange={() => undefined}
      />,
    ),
  )
}

const offered = (): string[] =>
  [...container.querySelectorAll('[data-testid=meta-category-options] option')].map(
    (o) => (o as HTMLOptionElement).value,
  )
const hint = (): string | null =>
  container.querySelector('[data-testid=category-hint]')?.textContent ?? null

describe('CategoryField', () => {
  it('offers the site’s categories when the article has a site', () => {
    show('', site)
    expect(offered()).toEqual(['Business', 'Port news'])
  })

  it('offers the library’s categories without a site', () => {
    show('', null)
    expect(offered()).toEqual(['Opinion'])
  })

  it('notes gently when the category is not one of the site’s, whatever its case', () => {
    show('Shipping', site)
    expect(hint()).toContain('Harbour Times has no category “Shipping”')
    show('business', site)
    expect(hint()).toBeNull()
    show('Shipping', null)
    expect(hint()).toBeNull()
  })
})
