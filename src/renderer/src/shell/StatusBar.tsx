import type { JSX, ReactNode } from 'react'
import { useTranslation } from 'react-i18next'
import type { EditorStats } from '../article/EditorStats'
import type { AutosaveController } from '../autosave/AutosaveController'
import { formatWordCount } from '../format/formatWordCount'
import { readingTime } from '../format/readingTime'
import type { ValueStore } from '../store/ValueStore'
import { useStoreValue } from '../store/useStoreValue'
import type { TeamDocReplica } from '../team/TeamDocReplica'
import { TeamSaveState } from '../team/TeamSaveState'
import { SaveStateLabel } from './SaveStateLabel'

/** Props of {@link StatusBar}. */
export interface StatusBarProps {
  autosave: AutosaveController | null
  stats: ValueStore<EditorStats | null>
  libraryPath: string
  /** The open team article's replica: its "Not saved" shows here too. */
  team?: TeamDocReplica | null
  /** The open article's publication state. */
  publication?: ReactNode
}

function Stats({ store }: { store: ValueStore<EditorStats | null> }): JSX.Element | null {
  const stats = useStoreValue(store)
  // Shown again in a new language as soon as it is chosen.
  useTranslation()
  if (!stats) return null
  return (
    <span className="ui-status-stats">
      <span data-testid="word-count">{formatWordCount(stats.words)}</span>
      <span aria-hidden="true"> · </span>
      <span data-testid="reading-time">{readingTime(stats.words)}</span>
    </span>
  )
}

/** The bottom line: save state, word count and reading time, and where the library lives. */
export function StatusBar({
  autosave,
  stats,
  libraryPath,
  publication,
  team,
}: StatusBarProps): JSX.Element {
  return (
    <footer className="ui-status-bar">
      {autosave && team && <TeamSaveState replica={team} autosave={autosave} />}
      {autosave && !team && <SaveStateLabel autosave={autosave} />}
      {!autosave && <span />}
      {autosave && <Stats store={stats} />}
      {publication}
      <span className="ui-status-path" title={libraryPath} data-testid="library-path">
        {libraryPath}
      </span>
    </footer>
  )
}
