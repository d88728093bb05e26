const isMac =
  typeof navigator !== 'undefined' &&
  /Mac|iPhone|iPad/.test(navigator.platform || navigator.userAgent)

const MAC_KEYS: Record<string, string> = { Mod: '⌘', Shift: '⇧', Alt: '⌥', Ctrl: '⌃' }

/**
 * Shows a TipTap-style shortcut (`Mod-Shift-7`) the way the platform writes it: `⌘⇧7` on macOS,
 * `Ctrl+Shift+7` elsewhere.
 */
export function formatShortcut(shortcut: string, mac = isMac): string {
  const keys = shortcut.split('-').map((key) => (key.length === 1 ? key.toUpperCase() : key))
  if (mac) return keys.map((key) => MAC_KEYS[key] ?? key).join('')
  return keys.map((key) => (key === 'Mod' ? 'Ctrl' : key)).join('+')
}
