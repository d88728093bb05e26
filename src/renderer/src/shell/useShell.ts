import { useCallback, useEffect, useState } from 'react'
import type { LibraryInfo } from '@shared/ipc/contract'
import type { Settings, SettingsPatch } from '@shared/settings/Settings'
import { copydesk } from '../api/copydesk'
import { applyLanguage } from '@shared/i18n/i18n'
import { messageOf } from '../api/messageOf'
import { t } from '@shared/i18n/i18n'

/** The panes a person can hide. */
export type PaneName = 'library' | 'meta'

/** Window-wide state from {@link useShell}. */
export interface Shell {
  /** Null until settings and library info have loaded. */
  settings: Settings | null
  info: LibraryInfo | null
  /** Why the app could not start, if it could not. */
  fatal: string | null
  /** Saves a settings change; the UI shows it at once. */
  updateSettings(patch: SettingsPatch): void
  setPane(pane: PaneName, visible: boolean): void
  refreshInfo(): void
  /** After library.choose: new path, counts and notices. */
  libraryChanged(info: LibraryInfo): void
  dismissQuarantine(): void
}

/**
 * Library info is asked again this often: notices found in the background (a sync tool's
 * conflicted copies taken in) reach the banner without any action from the person.
 */
export const INFO_REFRESH_MS = 15_000

/** Settings and library info for the window, loaded once and kept in step with main. */
export function useShell(onError: (message: string) => void): Shell {
  const [settings, setSettings] = useState<Settings | null>(null)
  const [info, setInfo] = useState<LibraryInfo | null>(null)
  const [fatal, setFatal] = useState<string | null>(null)

  useEffect(() => {
    let current = true
    Promise.all([copydesk().settings.get(), copydesk().library.info()]).then(
      ([s, i]) => {
        if (!current) return
        setSettings(s)
        setInfo(i)
      },
      (error: unknown) => current && setFatal(messageOf(error, t('screens.failures.libraryOpen'))),
    )
    return () => {
      current = false
    }
  }, [])

  const language = settings?.language
  useEffect(() => {
    if (language === undefined) return
    document.documentElement.lang = applyLanguage(language, navigator.languages)
  }, [language])

  const updateSettings = useCallback(
    (patch: SettingsPatch) => {
      setSettings((s) => s && { ...s, ...patch, panes: { ...s.panes, ...patch.panes } })
      copydesk()
        .settings.update(patch)
        .catch((error: unknown) => onError(messageOf(error, t('screens.failures.settingsSave'))))
    },
    [onError],
  )

  const setPane = useCallback(
    (pane: PaneName, visible: boolean) => updateSettings({ panes: { [pane]: visible } }),
    [updateSettings],
  )

  const refreshInfo = useCallback(() => {
    copydesk()
      .library.info()
      .then(setInfo, () => undefined)
  }, [])

  useEffect(() => {
    const timer = setInterval(refreshInfo, INFO_REFRESH_MS)
    return () => clearInterval(timer)
  }, [refreshInfo])

  const libraryChanged = useCallback((next: LibraryInfo) => {
    setInfo(next)
    setSettings((s) => s && { ...s, libraryPath: next.path, lastArticleId: null })
  }, [])

  const dismissQuarantine = useCallback(() => {
    setInfo((i) => i && { ...i, quarantine: [] })
    copydesk()
      .library.dismissQuarantine()
      .catch((error: unknown) => onError(messageOf(error)))
  }, [onError])

  return {
    settings,
    info,
    fatal,
    updateSettings,
    setPane,
    refreshInfo,
    libraryChanged,
    dismissQuarantine,
  }
}
