import { useSyncExternalStore, type JSX } from 'react'
import { useTranslation } from 'react-i18next'
import type { ValueStore } from '../store/ValueStore'
import type { PasteProgress } from './extensions/PasteInParts'

/** Props of {@link PasteProgressNotice}. */
export interface PasteProgressNoticeProps {
  progress: ValueStore<PasteProgress | null>
}

/**
 * Below the text, held at the bottom of the view while a long paste is coming in by parts:
 * says so and how far it has come. Only this redraws as the parts go in.
 */
export function PasteProgressNotice({ progress }: PasteProgressNoticeProps): JSX.Element | null {
  const { t } = useTranslation()
  const value = useSyncExternalStore(progress.subscribe, progress.get)
  if (!value) return null
  const percent = Math.floor((value.done / Math.max(1, value.total)) * 100)
  return (
    <div className="ui-editor__pasting" data-testid="paste-progress">
      <span role="status">{t('screens.paste.pasting')}</span>
      <progress max={100} value={percent} aria-label={t('screens.paste.soFar')} />
      <span aria-hidden="true">{percent}%</span>
    </div>
  )
}
