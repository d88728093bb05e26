import type { MenuCommand } from '@shared/ipc/contract'
import { t } from '@shared/i18n/i18n'

/** A key combination; `mod` is ⌘ on macOS and Ctrl elsewhere. */
interface Shortcut {
  mod: true
  shift?: boolean
  alt?: boolean
  /** `KeyboardEvent.code`, so layouts that move `\` still work by position. */
  code: string
  /** What the key looks like in a tooltip. */
  label: string
  /** Taken before the focused control sees it (the editor would read it as its own key). */
  first?: true
}

/** Window-wide shortcuts; the same commands also come from the application menu. */
export const SHORTCUTS: Partial<Record<MenuCommand, Shortcut>> = {
  'new-article': { mod: true, code: 'KeyN', label: 'N' },
  save: { mod: true, code: 'KeyS', label: 'S' },
  find: { mod: true, code: 'KeyF', label: 'F' },
  'toggle-library': { mod: true, code: 'Backslash', label: '\\' },
  'toggle-meta': { mod: true, shift: true, code: 'Backslash', label: '\\' },
  'show-revisions': { mod: true, alt: true, code: 'KeyH', label: 'H' },
  'toggle-preview': { mod: true, shift: true, code: 'KeyP', label: 'P' },
  'show-comments': { mod: true, alt: true, shift: true, code: 'KeyM', label: 'M' },
  publish: { mod: true, shift: true, code: 'Enter', label: 'Enter', first: true },
}

/** True on macOS, where the command key plays Ctrl's part. */
export function isMacPlatform(platform: string = navigator.platform): boolean {
  return /Mac|iPhone|iPad/.test(platform)
}

interface KeyLike {
  code: string
  ctrlKey: boolean
  metaKey: boolean
  shiftKey: boolean
  altKey: boolean
}

/** True for a command whose shortcut wins over the focused control's own keys. */
export function takesKeyFirst(command: MenuCommand): boolean {
  return SHORTCUTS[command]?.first === true
}

/** The command a key press stands for, or null. */
export function commandForKey(event: KeyLike, mac: boolean): MenuCommand | null {
  const mod = mac ? event.metaKey && !event.ctrlKey : event.ctrlKey && !event.metaKey
  if (!mod) return null
  for (const [command, s] of Object.entries(SHORTCUTS) as [MenuCommand, Shortcut][]) {
    if (s.code === event.code && !!s.shift === event.shiftKey && !!s.alt === event.altKey) {
      return command
    }
  }
  return null
}

/**
 * Tooltip text for a command's shortcut: "Ctrl+Shift+\" or "⌘⇧\" ("Strg+Umschalt+\" on German
 * keyboards); empty when it has none.
 */
export function shortcutLabel(command: MenuCommand, mac: boolean): string {
  const s = SHORTCUTS[command]
  if (!s) return ''
  if (mac) return `⌘${s.alt ? '⌥' : ''}${s.shift ? '⇧' : ''}${s.label}`
  const key = s.label === 'Enter' ? t('editor.keys.enter') : s.label
  return [
    t('editor.keys.ctrl'),
    s.alt && t('editor.keys.alt'),
    s.shift && t('editor.keys.shift'),
    key,
  ]
    .filter(Boolean)
    .join('+')
}

/** "Label (shortcut)" for a button's title attribute. */
export function withShortcut(label: string, command: MenuCommand, mac: boolean): string {
  const keys = shortcutLabel(command, mac)
  return keys ? t('editor.toolbar.withShortcut', { label, shortcut: keys }) : label
}
