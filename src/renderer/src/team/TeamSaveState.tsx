import { useSyncExternalStore, type JSX } from 'react'
import { useTranslation } from 'react-i18next'
import type { AutosaveController } from '../autosave/AutosaveController'
import { SaveStateLabel } from '../shell/SaveStateLabel'
import type { TeamDocReplica } from './TeamDocReplica'

/**
 * The status bar's save state for a team article: "Not saved" while the team bar says the
 * window's changes are not saved (never a green "Saved" beside it), else the details' autosave.
 */
export function TeamSaveState(props: {
  replica: TeamDocReplica
  autosave: AutosaveController
}): JSX.Element {
  const { replica } = props
  const { t } = useTranslation()
  const problem = useSyncExternalStore(
    (listener) => replica.subscribe(listener),
    () => replica.problem(),
  )
  if (problem === null) return <SaveStateLabel autosave={props.autosave} />
  // The team bar's status already announces it; this line only mirrors it.
  return (
    <span className="ui-save-state ui-is-error" title={problem}>
      <span data-testid="save-state">{t('team.notSaved')}</span>
    </span>
  )
}
