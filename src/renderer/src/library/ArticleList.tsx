import { useState, type JSX, type KeyboardEvent, type Ref } from 'react'
import { useTranslation } from 'react-i18next'
import type { ArticleSummary } from '@shared/article/Article'
import { ArticleRow, type TeamLibraryActions } from './ArticleRow'
import { useNow } from './useNow'

/** Props of {@link ArticleList}. */
export interface ArticleListProps {
  items: ArticleSummary[]
  openId: string | null
  listRef?: Ref<HTMLUListElement>
  onOpen(id: string): void
  onDuplicate(id: string): void
  onDelete(id: string): void
  team?: TeamLibraryActions
}

const rowDomId = (id: string): string => `article-row-${id}`

/**
 * The library rows as a listbox: ↑/↓ (and Home/End) move the highlight, Enter opens,
 * Delete moves to trash, the context-menu key opens the row's actions.
 */
export function ArticleList({ listRef, ...props }: ArticleListProps): JSX.Element {
  const { items, openId } = props
  const { t } = useTranslation()
  const now = useNow()
  const [highlight, setHighlight] = useState<string | null>(null)
  const [menuFor, setMenuFor] = useState<string | null>(null)
  const [seenOpenId, setSeenOpenId] = useState(openId)
  if (seenOpenId !== openId) {
    // Opening another article (from anywhere) moves the highlight to it.
    setSeenOpenId(openId)
    setHighlight(null)
  }
  const activeId = items.some((i) => i.id === highlight) ? highlight : openId
  const activeIndex = items.findIndex((i) => i.id === activeId)

  const moveTo = (index: number): void => {
    const item = items[Math.max(0, Math.min(items.length - 1, index))]
    if (!item) return
    setHighlight(item.id)
    document.getElementById(rowDomId(item.id))?.scrollIntoView({ block: 'nearest' })
  }

  const onKeyDown = (event: KeyboardEvent<HTMLUListElement>): void => {
    if (event.target !== event.currentTarget) return
    const active = items[activeIndex]
    switch (event.key) {
      case 'ArrowDown':
        moveTo(activeIndex < 0 ? 0 : activeIndex + 1)
        break
      case 'ArrowUp':
        moveTo(activeIndex < 0 ? 0 : activeIndex - 1)
        break
      case 'Home':
        moveTo(0)
        break
      case 'End':
        moveTo(items.length - 1)
        break
      case 'Enter':
        if (active) props.onOpen(active.id)
        break
      case 'Delete':
        if (active) props.onDelete(active.id)
        break
      case 'ContextMenu':
        if (active) setMenuFor(active.id)
        break
      default:
        if (event.key === 'F10' && event.shiftKey && active) setMenuFor(active.id)
        else return
    }
    event.preventDefault()
  }

  return (
    <ul
      ref={listRef}
      className="ui-article-list"
      role="listbox"
      aria-label={t('screens.articles')}
      tabIndex={0}
      aria-activedescendant={activeId ? rowDomId(activeId) : undefined}
      onKeyDown={onKeyDown}
    >
      {items.map((item) => (
        <ArticleRow
          key={item.id}
          summary={item}
          domId={rowDomId(item.id)}
          active={item.id === activeId}
          open={item.id === openId}
          now={now}
          menuOpen={menuFor === item.id}
          onOpen={() => {
            setHighlight(item.id)
            props.onOpen(item.id)
          }}
          onMenu={(open) => {
            setMenuFor(open ? item.id : null)
            const row = document.getElementById(rowDomId(item.id))
            if (!open && row?.contains(document.activeElement)) row.closest('ul')?.focus()
          }}
          onDuplicate={() => props.onDuplicate(item.id)}
          team={props.team}
          onDelete={() => props.onDelete(item.id)}
        />
      ))}
    </ul>
  )
}
