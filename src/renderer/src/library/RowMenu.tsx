import { useEffect, useRef, type JSX, type KeyboardEvent } from 'react'
import { useTranslation } from 'react-i18next'

/** Props of {@link RowMenu}. */
export interface RowMenuProps {
  onDuplicate(): void
  onDelete(): void
  onClose(): void
  /** Move into the team (an article of this computer, in a library that has a team). */
  onMoveToTeam?(): void
  /** Copy a team article to this computer. */
  onCopyOut?(): void
  /** A team article: deleting removes only this computer's copy, and says so. */
  team?: boolean
}

/** The actions of one library row, as a small menu; Escape or a click elsewhere closes it. */
export function RowMenu(props: RowMenuProps): JSX.Element {
  const { t } = useTranslation()
  const { onDuplicate, onDelete, onClose, onMoveToTeam, onCopyOut } = props
  const menu = useRef<HTMLDivElement>(null)
  const onCloseRef = useRef(onClose)
  useEffect(() => {
    onCloseRef.current = onClose
  })

  useEffect(() => {
    menu.current?.querySelector<HTMLElement>('[role=menuitem]')?.focus()
    const onPointer = (event: MouseEvent): void => {
      const target = event.target as Node
      // The row's own "more" button toggles the menu; closing here would reopen it on click.
      const toggle = menu.current?.parentElement?.querySelector('.ui-article-row-more')
      if (menu.current?.contains(target) || toggle?.contains(target)) return
      onCloseRef.current()
    }
    document.addEventListener('mousedown', onPointer)
    return () => document.removeEventListener('mousedown', onPointer)
  }, [])

  const onKeyDown = (event: KeyboardEvent): void => {
    event.stopPropagation()
    const items = [...(menu.current?.querySelectorAll<HTMLElement>('[role=menuitem]') ?? [])]
    const at = items.indexOf(document.activeElement as HTMLElement)
    if (event.key === 'Escape' || event.key === 'Tab') {
      event.preventDefault()
      onClose()
    } else if (event.key === 'ArrowDown' || event.key === 'ArrowUp') {
      event.preventDefault()
      const step = event.key === 'ArrowDown' ? 1 : -1
      items[(at + step + items.length) % items.length]?.focus()
    }
  }

  const act = (action: () => void) => () => {
    onClose()
    action()
  }

  return (
    <div
      ref={menu}
      className="ui-menu ui-row-menu"
      role="menu"
      onKeyDown={onKeyDown}
      onClick={(e) => e.stopPropagation()}
    >
      <button type="button" role="menuitem" data-testid="row-duplicate" onClick={act(onDuplicate)}>
        {t('libraryPane.duplicate')}
      </button>
      {onMoveToTeam && (
        <button
          type="button"
          role="menuitem"
          data-testid="row-move-to-team"
          onClick={act(onMoveToTeam)}
        >
          {t('libraryPane.moveToTeam')}
        </button>
      )}
      {onCopyOut && (
        <button type="button" role="menuitem" data-testid="row-copy-out" onClick={act(onCopyOut)}>
          {t('libraryPane.copyToComputer')}
        </button>
      )}
      <button
        type="button"
        role="menuitem"
        className="ui-menu-danger"
        data-testid="row-delete"
        title={props.team ? t('libraryPane.removeFromComputerHint') : undefined}
        onClick={act(onDelete)}
      >
        {props.team ? t('libraryPane.removeFromComputer') : t('libraryPane.moveToTrash')}
      </button>
    </div>
  )
}
