import { describe, expect, it } from 'vitest'
import { commandForKey, shortcutLabel } from './shortcuts'

const key = (code: string, mods: Partial<Record<'ctrl' | 'meta' | 'shift' | 'alt', boolean>>) => ({
  code,
  ctrlKey: !!mods.ctrl,
  metaKey: !!mods.meta,
  shiftKey: !!mods.shift,
  altKey: !!mods.alt,
})

describe('shortcuts', () => {
  it('maps Ctrl combinations on Windows and Linux, ⌘ on macOS', () => {
    expect(commandForKey(key('KeyS', { ctrl: true }), false)).toBe('save')
    expect(commandForKey(key('KeyS', { meta: true }), true)).toBe('save')
    expect(commandForKey(key('KeyS', { meta: true }), false)).toBeNull()
    expect(commandForKey(key('KeyS', { ctrl: true }), true)).toBeNull()
  })

  it('tells the two pane toggles apart by Shift', () => {
    expect(commandForKey(key('Backslash', { ctrl: true }), false)).toBe('toggle-library')
    expect(commandForKey(key('Backslash', { ctrl: true, shift: true }), false)).toBe('toggle-meta')
  })

  it('ignores plain keys and unknown combinations', () => {
    expect(commandForKey(key('KeyN', {}), false)).toBeNull()
    expect(commandForKey(key('KeyQ', { ctrl: true }), false)).toBeNull()
    expect(commandForKey(key('KeyN', { ctrl: true, alt: true }), false)).toBeNull()
  })

  it('labels shortcuts the way each platform writes them', () => {
    expect(shortcutLabel('toggle-meta', false)).toBe('Ctrl+Shift+\\')
    expect(shortcutLabel('toggle-meta', true)).toBe('⌘⇧\\')
    expect(shortcutLabel('about', false)).toBe('')
  })
})
