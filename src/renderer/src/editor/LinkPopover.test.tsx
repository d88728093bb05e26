import { act } from 'react'
import type { DocNode } from '@shared/article/Article'
import { afterAll, afterEach, describe, expect, it } from 'vitest'
import {
  mountArticleEditor,
  settle,
  typeInto,
  type MountedEditor,
} from './testing/mountArticleEditor'

let mounted: MountedEditor | undefined
afterEach(() => mounted?.unmount())
// The bubble menu debounces its updates by 250 ms; let those timers fire before jsdom goes away.
afterAll(() => settle(300))

const hello: DocNode = {
  type: 'doc',
  content: [{ type: 'paragraph', content: [{ type: 'text', text: 'Hello world' }] }],
}

function pressModK(target: Element): void {
  act(() => {
    target.dispatchEvent(new KeyboardEvent('keydown', { key: 'k', ctrlKey: true, bubbles: true }))
  })
}

function submit(mountedEditor: MountedEditor): void {
  act(() => mountedEditor.byTestId('link-apply')?.click())
}

const linkMarks = (m: MountedEditor) => JSON.stringify(m.doc()).match(/"href":"[^"]*"/g) ?? []

describe('LinkPopover', () => {
  it('opens with Mod-K and turns a bare domain into an https link', () => {
    mounted = mountArticleEditor({ initialDoc: hello })
    act(() => mounted?.editor.commands.setTextSelection({ from: 1, to: 6 }))
    pressModK(mounted.editor.view.dom)
    typeInto(mounted.byTestId('link-input'), 'example.com')
    submit(mounted)
    expect(mounted.byTestId('link-input')).toBeNull()
    expect(linkMarks(mounted)).toEqual(['"href":"https://example.com"'])
  })

  it('gives the keyboard back to the text the moment it applies, so the next keys reach it', () => {
    mounted = mountArticleEditor({ initialDoc: hello })
    act(() => mounted?.editor.commands.setTextSelection({ from: 1, to: 6 }))
    pressModK(mounted.editor.view.dom)
    expect(document.activeElement).toBe(mounted.byTestId('link-input'))
    typeInto(mounted.byTestId('link-input'), 'example.com')
    submit(mounted)
    // No animation frame has run yet: a key pressed now must not land on the page body.
    expect(document.activeElement).toBe(mounted.editor.view.dom)
  })

  it('refuses a javascript: address with a message and keeps the popover open', () => {
    mounted = mountArticleEditor({ initialDoc: hello })
    act(() => mounted?.editor.commands.setTextSelection({ from: 1, to: 6 }))
    act(() => mounted?.byTestId('tb-link')?.click())
    typeInto(mounted.byTestId('link-input'), 'javascript:alert(1)')
    submit(mounted)
    expect(mounted.container.querySelector('[role=alert]')?.textContent).toBe(
      'Links can only point to web pages (http, https), email addresses (mailto), phone numbers (tel) or places on the site (/page, #section).',
    )
    expect(mounted.byTestId('link-input')?.getAttribute('aria-invalid')).toBe('true')
    expect(linkMarks(mounted)).toEqual([])
  })

  it('prefills the current link, edits it across the whole link, and removes it', () => {
    mounted = mountArticleEditor({ initialDoc: hello })
    const { editor } = mounted
    act(() => {
      editor
        .chain()
        .setTextSelection({ from: 1, to: 6 })
        .setLink({ href: 'https://a.example' })
        .run()
      editor.commands.setTextSelection(3)
    })
    pressModK(editor.view.dom)
    const input = mounted.byTestId('link-input') as HTMLInputElement
    expect(input.value).toBe('https://a.example')
    typeInto(input, 'https://b.example')
    submit(mounted)
    expect(linkMarks(mounted)).toEqual(['"href":"https://b.example"'])
    expect(editor.getText()).toBe('Hello world')

    act(() => editor.commands.setTextSelection(3))
    pressModK(editor.view.dom)
    act(() => mounted?.byTestId('link-remove')?.click())
    expect(linkMarks(mounted)).toEqual([])
  })

  it('inserts the address as linked text when nothing is selected', () => {
    mounted = mountArticleEditor({ initialDoc: hello })
    act(() => mounted?.editor.commands.setTextSelection(12))
    pressModK(mounted.editor.view.dom)
    typeInto(mounted.byTestId('link-input'), 'press@example.com')
    submit(mounted)
    expect(mounted.editor.getText()).toBe('Hello worldpress@example.com')
    expect(linkMarks(mounted)).toEqual(['"href":"mailto:press@example.com"'])
  })

  it('closes on Escape without changing anything', () => {
    mounted = mountArticleEditor({ initialDoc: hello })
    pressModK(mounted.editor.view.dom)
    const input = mounted.byTestId('link-input') as HTMLInputElement
    typeInto(input, 'https://example.com')
    act(() => {
      input.dispatchEvent(new KeyboardEvent('keydown', { key: 'Escape', bubbles: true }))
    })
    expect(mounted.byTestId('link-input')).toBeNull()
    expect(linkMarks(mounted)).toEqual([])
  })
})
