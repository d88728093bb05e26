import { afterEach, expect, it } from 'vitest'
import { i18n } from '@shared/i18n/i18n'
import { formatShortcut } from './formatShortcut'

afterEach(() => void i18n.changeLanguage('en'))

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

it('names the keys as German keyboards print them', () => {
  void i18n.changeLanguage('de')
  expect(formatShortcut('Mod-Shift-7', false)).toBe('Strg+Umschalt+7')
  expect(formatShortcut('Mod-Shift-7', true)).toBe('⌘⇧7')
})
