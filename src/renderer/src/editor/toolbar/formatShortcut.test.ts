import { expect, it } from 'vitest'
import { formatShortcut } from './formatShortcut'

it.each([
  ['Mod-b', false, 'Ctrl+B'],
  ['Mod-Shift-7', false, 'Ctrl+Shift+7'],
  ['Mod-Alt-c', false, 'Ctrl+Alt+C'],
  ['Mod-b', true, '⌘B'],
  ['Mod-Shift-z', true, '⌘⇧Z'],
  ['Mod-Alt-2', true, '⌘⌥2'],
])('formatShortcut(%j, mac: %s) is %j', (shortcut, mac, shown) => {
  expect(formatShortcut(shortcut, mac)).toBe(shown)
})
