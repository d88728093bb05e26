import { useEffect, useRef, useState, type JSX, type KeyboardEvent } from 'react'
import { useTranslation } from 'react-i18next'
import { Icon } from '../ui/Icon'
import type { Transfer } from './useTransfer'

/** Props of {@link TransferMenu}. */
export interface TransferMenuProps {
  transfer: Transfer
  /** The open article, offered for a single-file export. */
  openArticle: { id: string; title: string } | null
  /** The articles the list shows while a search or filter is on; null when it shows all. */
  shownIds: string[] | null
  /** Opens the dialog that browses a connected site's posts. */
  onOpenFromSite(): void
}

/**
 * The library's Import / Export button: import Markdown and HTML files (with their images),
 * export the open article as Markdown or HTML, and the library (or the articles shown) as a
 * folder of Markdown files or a zip.
 */
export function TransferMenu(props: TransferMenuProps): JSX.Element {
  const { transfer, openArticle, shownIds } = props
  const { t } = useTranslation()
  const [open, setOpen] = useState(false)
  const root = useRef<HTMLDivElement>(null)

  useEffect(() => {
    if (!open) return
    root.current?.querySelector<HTMLElement>('[role=menuitem]')?.focus()
    const onPointer = (event: MouseEvent): void => {
      if (!root.current?.contains(event.target as Node)) setOpen(false)
    }
    document.addEventListener('mousedown', onPointer)
    return () => document.removeEventListener('mousedown', onPointer)
  }, [open])

  const onKeyDown = (event: KeyboardEvent): void => {
    const items = [...(root.current?.querySelectorAll<HTMLElement>('[role=menuitem]') ?? [])]
    const at = items.indexOf(document.activeElement as HTMLElement)
    if (event.key === 'Escape' || event.key === 'Tab') {
      if (event.key === 'Escape') event.stopPropagation()
      setOpen(false)
    } else if (event.key === 'ArrowDown' || event.key === 'ArrowUp') {
      event.preventDefault()
      const step = event.key === 'ArrowDown' ? 1 : -1
      items[(at + step + items.length) % items.length]?.focus()
    }
  }

  const item = (label: string, testId: string, action: () => void): JSX.Element => (
    <button
      type="button"
      role="menuitem"
      data-testid={testId}
      onClick={() => {
        setOpen(false)
        action()
      }}
    >
      {label}
    </button>
  )
  const title = openArticle?.title.trim() || t('common.untitled')

  return (
    <div className="ui-transfer-menu" ref={root} onKeyDown={onKeyDown}>
      <button
        type="button"
        className="ui-icon-button"
        aria-label={t('screens.transfer.menu')}
        title={t('screens.transfer.menu')}
        aria-haspopup="menu"
        aria-expanded={open}
        disabled={transfer.busy}
        data-testid="transfer-menu"
        onClick={() => setOpen((o) => !o)}
      >
        <Icon name="folder" />
      </button>
      {open && (
        <div
          className="ui-menu ui-transfer-menu-list"
          role="menu"
          aria-label={t('screens.transfer.menu')}
        >
          {item(t('screens.transfer.importFiles'), 'import-files', transfer.pickFiles)}
          {item(t('screens.transfer.openFromSite'), 'open-from-site', props.onOpenFromSite)}
          {openArticle && (
            <>
              <div className="ui-menu-group" role="presentation" title={title}>
                {t('screens.transfer.thisArticle')}
              </div>
              {item(t('screens.transfer.word'), 'export-article-docx', () =>
                transfer.exportArticle(openArticle.id, 'docx'),
              )}
              {item(t('screens.transfer.markdown'), 'export-article-md', () =>
                transfer.exportArticle(openArticle.id, 'markdown'),
              )}
              {item(t('screens.transfer.html'), 'export-article-html', () =>
                transfer.exportArticle(openArticle.id, 'html'),
              )}
            </>
          )}
          {shownIds && shownIds.length > 0 && (
            <>
              <div className="ui-menu-group" role="presentation">
                {t('screens.transfer.shown', { count: shownIds.length })}
              </div>
              {item(t('screens.transfer.folder'), 'export-shown', () =>
                transfer.exportLibrary('folder', shownIds),
              )}
              {item(t('screens.transfer.zip'), 'export-shown-zip', () =>
                transfer.exportLibrary('zip', shownIds),
              )}
            </>
          )}
          <div className="ui-menu-group" role="presentation">
            {t('screens.transfer.wholeLibrary')}
          </div>
          {item(t('screens.transfer.folder'), 'export-library', () =>
            transfer.exportLibrary('folder'),
          )}
          {item(t('screens.transfer.zip'), 'export-library-zip', () =>
            transfer.exportLibrary('zip'),
          )}
        </div>
      )}
      {transfer.progress && (
        <p className="ui-transfer-progress" role="status" data-testid="transfer-progress">
          {transfer.progress}
        </p>
      )}
    </div>
  )
}
