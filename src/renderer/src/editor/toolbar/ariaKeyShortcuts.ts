import { isMacPlatform } from '../../shell/shortcuts'

/**
 * A TipTap-style shortcut (`Mod-Shift-7`) as `aria-keyshortcuts` spells it
 * (`Control+Shift+7`), so screen readers announce it; the same in every language.
 */
export function ariaKeyShortcuts(shortcut: string, mac = isMacPlatform()): string {
  return shortcut
    .split('-')
    .map((key) =>
      key === 'Mod' ? (mac ? 'Meta' : 'Control') : key.length === 1 ? key.toUpperCase() : key,
    )
    .join('+')
}
