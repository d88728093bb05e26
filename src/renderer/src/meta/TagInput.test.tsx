import { act, useState, type JSX } from 'react'
import { createRoot, type Root } from 'react-dom/client'
import { afterEach, beforeEach, describe, expect, it } from 'vitest'
import { addTags } from './addTags'
import { TagInput } from './TagInput'

declare global {
  var IS_REACT_ACT_ENVIRONMENT: boolean | undefined
}
globalThis.IS_REACT_ACT_ENVIRONMENT = true

let container: HTMLDivElement
let root: Root
let latest: readonly string[] = []

function Harness({ initial }: { initial: string[] }): JSX.Element {
  const [tags, setTags] = useState(initial)
  return (
    <TagInput
      tags={tags}
      onChange={(next) => {
        latest = next
        setTags(next)
      }}
    />
  )
}

function render(initial: string[] = []): HTMLInputElement {
  latest = initial
  act(() => root.render(<Harness initial={initial} />))
  return container.querySelector('[data-testid=tags-input]') as HTMLInputElement
}

function type(input: HTMLInputElement, value: string): void {
  const setValue = Object.getOwnPropertyDescriptor(HTMLInputElement.prototype, 'value')?.set
  act(() => {
    setValue?.call(input, value)
    input.dispatchEvent(new Event('input', { bubbles: true }))
  })
}

function press(input: HTMLInputElement, key: string): void {
  act(() => {
    input.dispatchEvent(new KeyboardEvent('keydown', { key, bubbles: true, cancelable: true }))
  })
}

const chips = (): string[] =>
  [...container.querySelectorAll('[data-testid=tag-chip]')].map(
    (c) => c.firstChild?.textContent ?? '',
  )

beforeEach(() => {
  container = document.createElement('div')
  document.body.append(container)
  root = createRoot(container)
})
afterEach(() => {
  act(() => root.unmount())
  container.remove()
})

describe('TagInput', () => {
  it('adds the typed tag on Enter and clears the box', () => {
    const input = render()
    type(input, '  Shipping ')
    press(input, 'Enter')
    expect(latest).toEqual(['Shipping'])
    expect(chips()).toEqual(['Shipping'])
    expect(input.value).toBe('')
  })

  it('adds on a comma and keeps typing after it', () => {
    const input = render()
    type(input, 'ports,')
    expect(latest).toEqual(['ports'])
    type(input, 'harb')
    expect(input.value).toBe('harb')
  })

  it('adds every tag of a pasted list, skipping ones it already has in any case', () => {
    const input = render(['Ports'])
    type(input, 'ports, Logistics , , Europe,')
    expect(latest).toEqual(['Ports', 'Logistics', 'Europe'])
  })

  it('removes the last chip on Backspace in an empty box, and only then', () => {
    const input = render(['a', 'b'])
    type(input, 'x')
    press(input, 'Backspace')
    expect(latest).toEqual(['a', 'b'])
    type(input, '')
    press(input, 'Backspace')
    expect(latest).toEqual(['a'])
  })

  it('removes a chip with its own button', () => {
    render(['keep', 'drop'])
    const button = container.querySelector('[aria-label="Remove tag drop"]') as HTMLButtonElement
    act(() => button.click())
    expect(latest).toEqual(['keep'])
  })

  it('adds what is left in the box when it loses focus', () => {
    const input = render()
    type(input, 'pending')
    act(() => {
      input.focus()
      input.blur()
    })
    expect(latest).toEqual(['pending'])
  })
})

describe('addTags', () => {
  it('returns the same array when nothing new is added', () => {
    const tags = ['a']
    expect(addTags(tags, ' , A ,')).toBe(tags)
  })

  it('collapses inner spaces and cuts very long tags', () => {
    expect(addTags([], 'new   york')).toEqual(['new york'])
    expect(addTags([], 'x'.repeat(150))[0]).toHaveLength(100)
  })
})
