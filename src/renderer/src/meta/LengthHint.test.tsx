import { act } from 'react'
import { createRoot, type Root } from 'react-dom/client'
import { afterEach, beforeEach, describe, expect, it } from 'vitest'
import { LengthHint } from './LengthHint'

declare global {
  var IS_REACT_ACT_ENVIRONMENT: boolean | undefined
}
globalThis.IS_REACT_ACT_ENVIRONMENT = true

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

describe('LengthHint', () => {
  it('counts the title standing in for an empty SEO title, says so, and warns past the ideal', () => {
    act(() => root.render(<LengthHint length={111} ideal={60} fallback="title" />))
    const hint = container.querySelector('.ui-length-hint')
    expect(hint?.textContent).toBe('the title: 111 / 60')
    expect(hint?.classList.contains('ui-is-over')).toBe(true)
    expect(hint?.getAttribute('title')).toContain('Counts the title')
  })

  it('counts the field itself once it has text', () => {
    act(() => root.render(<LengthHint length={42} ideal={60} />))
    expect(container.textContent).toBe('42 / 60')
    expect(container.querySelector('.ui-is-over')).toBeNull()
  })
})
