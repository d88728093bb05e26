import type { ReactNode } from 'react'
import { t } from '@shared/i18n/i18n'
import { ariaKeyShortcuts } from './ariaKeyShortcuts'
import { formatShortcut } from './formatShortcut'

/** Props of {@link ToolbarButton}. */
export interface ToolbarButtonProps {
  testId: string
  /** Accessible name, also shown in the tooltip. */
  label: string
  /** TipTap-style shortcut (`Mod-b`), shown in the tooltip and announced. */
  shortcut?: string
  /** Set for toggles: rendered as aria-pressed. */
  pressed?: boolean
  disabled?: boolean
  /** Set for a menu button: rendered as aria-expanded, with the menu's id in `controls`. */
  expanded?: boolean
  controls?: string
  /** `byKeyboard`: pressed with Enter or Space rather than clicked. */
  onPress: (byKeyboard: boolean) => void
  children: ReactNode
}

/** "Bold (Ctrl+B)": a command's name with its shortcut, for tooltips and menus. */
export function labelWithShortcut(label: string, shortcut: string | undefined): string {
  return shortcut
    ? t('editor.toolbar.withShortcut', { label, shortcut: formatShortcut(shortcut) })
    : label
}

/**
 * One toolbar button. It never takes focus on mouse down, so the editor keeps its selection
 * while the command runs; keyboard users still tab to it.
 */
export function ToolbarButton(props: ToolbarButtonProps): React.JSX.Element {
  const { testId, label, shortcut, pressed, disabled, expanded, controls, onPress, children } =
    props
  return (
    <button
      type="button"
      className="ui-tb__button"
      data-testid={testId}
      aria-label={label}
      aria-keyshortcuts={shortcut ? ariaKeyShortcuts(shortcut) : undefined}
      aria-pressed={pressed}
      aria-haspopup={expanded === undefined ? undefined : 'menu'}
      aria-expanded={expanded}
      aria-controls={controls}
      data-tooltip={expanded ? undefined : labelWithShortcut(label, shortcut)}
      disabled={disabled}
      onMouseDown={(event) => event.preventDefault()}
      onClick={(event) => onPress(event.detail === 0)}
    >
      {children}
    </button>
  )
}
