import { useTranslation } from 'react-i18next'
import type { JSX } from 'react'
import type { ArticleSummary } from '@shared/article/Article'
import { formatDateTime, formatRelativeTime } from '@shared/format/localeFormat'
import { Icon } from '../ui/Icon'
import { ChangedBadge } from '../publish/ChangedBadge'
import { ApprovalChangedBadge } from '../review/ApprovalChangedBadge'
import { RowMenu } from './RowMenu'
import { StatusBadge } from './StatusBadge'

/** Props of {@link ArticleRow}. */
export interface ArticleRowProps {
  summary: ArticleSummary
  domId: string
  /** Highlighted by the keyboard. */
  active: boolean
  /** Open in the editor. */
  open: boolean
  now: Date
  menuOpen: boolean
  onOpen(): void
  onMenu(open: boolean): void
  onDuplicate(): void
  onDelete(): void
  /** The library has a team: team articles can be copied out, others moved in. */
  team?: TeamLibraryActions
}

/** Moving an article into the team and copying one out. */
export interface TeamLibraryActions {
  moveIn(id: string): void
  copyOut(id: string): void
}

/** One article in the library list: title, status, category, last edit and first line. */
export function ArticleRow(props: ArticleRowProps): JSX.Element {
  const { summary, active, open, now, menuOpen, team } = props
  // Dates follow a change of language at once.
  const { t } = useTranslation()
  const classes = ['ui-article-row', active && 'ui-is-active', open && 'ui-is-open'].filter(Boolean)
  return (
    <li
      id={props.domId}
      role="option"
      aria-selected={open}
      className={classes.join(' ')}
      data-testid="article-row"
      data-id={summary.id}
      onClick={props.onOpen}
      onContextMenu={(event) => {
        event.preventDefault()
        props.onMenu(true)
      }}
    >
      <div className="ui-article-row-head">
        <span
          dir="auto"
          className={
            summary.title.trim() ? 'ui-article-row-title' : 'ui-article-row-title ui-untitled'
          }
        >
          {summary.title.trim() || t('common.untitled')}
        </span>
        <StatusBadge status={summary.status} />
        {summary.changedSincePublish && <ChangedBadge />}
        {summary.team && (
          <span className="ui-badge ui-team-badge" data-testid="team-badge">
            {t('libraryPane.teamBadge')}
          </span>
        )}
      </div>
      <div className="ui-article-row-meta">
        {summary.category && <span className="ui-article-row-category">{summary.category}</span>}
        <time dateTime={summary.updatedAt} title={formatDateTime(summary.updatedAt)}>
          {formatRelativeTime(summary.updatedAt, now)}
        </time>
        {/* On the second line: the title keeps its room in a narrow list. */}
        {summary.changedSinceApproval && <ApprovalChangedBadge />}
      </div>
      {summary.firstLine && (
        <div className="ui-article-row-first-line" dir="auto">
          {summary.firstLine}
        </div>
      )}
      {/* Pointer only, hidden from assistive technology: an option holds no controls, and the
          same actions are in the context menu and the app menu (Duplicate, Move to Trash). */}
      <span
        className="ui-icon-button ui-article-row-more"
        aria-hidden="true"
        title={t('libraryPane.rowMenu')}
        data-testid="row-menu"
        onClick={(event) => {
          event.stopPropagation()
          props.onMenu(!menuOpen)
        }}
      >
        <Icon name="more" />
      </span>
      {menuOpen && (
        <RowMenu
          onDuplicate={props.onDuplicate}
          onDelete={props.onDelete}
          onClose={() => props.onMenu(false)}
          onMoveToTeam={team && !summary.team ? () => team.moveIn(summary.id) : undefined}
          onCopyOut={team && summary.team ? () => team.copyOut(summary.id) : undefined}
          team={summary.team === true}
        />
      )}
    </li>
  )
}
