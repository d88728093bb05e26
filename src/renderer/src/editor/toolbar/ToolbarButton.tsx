import type { ReactNode } from 'react'
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
  onPress: () => void
  children: ReactNode
}

/**
 * One toolbar button. It never takes focus on mouse down, so the editor keeps its selection
 * while the command runs; keyboard users still tab to it.
 */
export function ToolbarButton(props: ToolbarButtonProps): React.JSX.Element {
  const { testId, label, shortcut, pressed, disabled, onPress, children } = props
  const hint = shortcut ? `${label} (${formatShortcut(shortcut)})` : label
  return (
    <button
      type="button"
      className="ui-tb__button"
      data-testid={testId}
      aria-label={label}
      aria-pressed={pressed}
      data-tooltip={hint}
      disabled={disabled}
      onMouseDown={(event) => event.preventDefault()}
      onClick={onPress}
    >
      {children}
    </button>
  )
}
