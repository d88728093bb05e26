import { Fragment, useEffect, useId, useRef, useState, type KeyboardEvent } from 'react'
import { useTranslation } from 'react-i18next'
import { formatShortcut } from './formatShortcut'
import { ToolbarButton } from './ToolbarButton'
import type { ToolbarGroup } from './toolbarGroups'

/** Props of {@link ToolbarOverflowMenu}. */
export interface ToolbarOverflowMenuProps {
  /** The groups that did not fit on the row, in row order. */
  groups: ToolbarGroup[]
}

const ITEMS = '[role^=menuitem]:not(:disabled)'

/**
 * "More formatting": the toolbar's groups that did not fit on its row, as a menu (WAI-ARIA
 * menu button). Enter, Space or ↓ open it on its first item, ↑ on its last; arrows, Home and
 * End move; Escape closes it and returns to the button; Tab or a click elsewhere closes it.
 */
export function ToolbarOverflowMenu({ groups }: ToolbarOverflowMenuProps): React.JSX.Element {
  const { t } = useTranslation()
  const [open, setOpen] = useState<false | 'mouse' | 'first' | 'last'>(false)
  const root = useRef<HTMLDivElement>(null)
  const menuId = useId()

  const items = () => [...(root.current?.querySelectorAll<HTMLElement>(ITEMS) ?? [])]
  const buttonBox = useRef<HTMLSpanElement>(null)
  const button = () => buttonBox.current?.querySelector('button')

  useEffect(() => {
    if (!open) return
    if (open === 'first') items()[0]?.focus()
    if (open === 'last') items().at(-1)?.focus()
    const closeOutside = (event: PointerEvent) => {
      if (!root.current?.contains(event.target as Node)) setOpen(false)
    }
    const closeOnEscape = (event: globalThis.KeyboardEvent) => {
      if (event.key === 'Escape') setOpen(false)
    }
    document.addEventListener('pointerdown', closeOutside)
    document.addEventListener('keydown', closeOnEscape)
    return () => {
      document.removeEventListener('pointerdown', closeOutside)
      document.removeEventListener('keydown', closeOnEscape)
    }
  }, [open])

  const onButtonKey = (event: KeyboardEvent) => {
    if (event.key === 'ArrowDown' || event.key === 'ArrowUp') {
      event.preventDefault()
      event.stopPropagation()
      setOpen(event.key === 'ArrowDown' ? 'first' : 'last')
    }
  }

  const onMenuKey = (event: KeyboardEvent) => {
    // The toolbar's own arrow keys do not apply inside the menu.
    event.stopPropagation()
    const list = items()
    const index = list.indexOf(event.target as HTMLElement)
    const next =
      event.key === 'ArrowDown'
        ? list[(index + 1) % list.length]
        : event.key === 'ArrowUp'
          ? list[(index - 1 + list.length) % list.length]
          : event.key === 'Home'
            ? list[0]
            : event.key === 'End'
              ? list.at(-1)
              : undefined
    if (next) {
      event.preventDefault()
      next.focus()
    } else if (event.key === 'Escape') {
      event.preventDefault()
      setOpen(false)
      button()?.focus()
    } else if (event.key === 'Tab') {
      setOpen(false)
    }
  }

  return (
    <div ref={root} className="ui-tb__more" data-more="">
      <span ref={buttonBox} onKeyDown={onButtonKey}>
        <ToolbarButton
          testId="tb-more"
          label={t('editor.toolbar.more')}
          expanded={open !== false}
          controls={open ? menuId : undefined}
          onPress={(byKeyboard) => setOpen(open ? false : byKeyboard ? 'first' : 'mouse')}
        >
          <span className="ui-tb__text" aria-hidden="true">
            ⋯
          </span>
        </ToolbarButton>
      </span>
      {open && (
        <div
          id={menuId}
          className="ui-tb__menu"
          role="menu"
          aria-label={t('editor.toolbar.more')}
          data-testid="tb-more-menu"
          onKeyDown={onMenuKey}
        >
          {groups.map((group, index) => (
            <Fragment key={group.id}>
              {index > 0 && <div role="separator" className="ui-tb__menu-separator" />}
              <div role="group" aria-label={group.label}>
                {group.commands.map((command) => (
                  <button
                    key={command.testId}
                    type="button"
                    role={command.pressed === undefined ? 'menuitem' : 'menuitemcheckbox'}
                    aria-checked={command.pressed}
                    className="ui-tb__menu-item"
                    data-testid={`${command.testId}-menu`}
                    disabled={command.disabled}
                    tabIndex={-1}
                    onMouseDown={(event) => event.preventDefault()}
                    onClick={() => {
                      setOpen(false)
                      command.run()
                    }}
                  >
                    <span className="ui-tb__menu-face" aria-hidden="true">
                      {command.face}
                    </span>
                    <span className="ui-tb__menu-label">{command.label}</span>
                    {command.shortcut && (
                      <span className="ui-tb__menu-shortcut" aria-hidden="true">
                        {formatShortcut(command.shortcut)}
                      </span>
                    )}
                  </button>
                ))}
              </div>
            </Fragment>
          ))}
        </div>
      )}
    </div>
  )
}
