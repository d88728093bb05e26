import { t } from '@shared/i18n/i18n'

const isMac =
  typeof navigator !== 'undefined' &&
  /Mac|iPhone|iPad/.test(navigator.platform || navigator.userAgent)

const MAC_KEYS: Record<string, string> = { Mod: '⌘', Shift: '⇧', Alt: '⌥', Ctrl: '⌃' }

/** Key names as the keyboards of the current language print them (Strg on German ones). */
function keyName(key: string): string {
  if (key === 'Mod' || key === 'Ctrl') return t('editor.keys.ctrl')
  if (key === 'Shift') return t('editor.keys.shift')
  if (key === 'Alt') return t('editor.keys.alt')
  if (key === 'Enter') return t('editor.keys.enter')
  return key
}

/**
 * Shows a TipTap-style shortcut (`Mod-Shift-7`) the way the platform writes it: `⌘⇧7` on macOS,
 * `Ctrl+Shift+7` elsewhere (`Strg+Umschalt+7` in German).
 */
export function formatShortcut(shortcut: string, mac = isMac): string {
  const keys = shortcut.split('-').map((key) => (key.length === 1 ? key.toUpperCase() : key))
  if (mac) return keys.map((key) => MAC_KEYS[key] ?? key).join('')
  return keys.map(keyName).join('+')
}
