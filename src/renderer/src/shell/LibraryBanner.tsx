import { useState, type JSX } from 'react'
import { useTranslation } from 'react-i18next'
import type { LibraryInfo } from '@shared/ipc/contract'
import { useBridgeAction } from '../api/useBridgeAction'
import type { CopydeskClient } from '../api/copydesk'
import { messageOf } from '../api/messageOf'
import { Icon } from '../ui/Icon'

type LibraryCall = (api: CopydeskClient) => Promise<LibraryInfo | null>

/**
 * Says why the library cannot be saved to (another Copydesk has it open, a read-only disk) or
 * is not the one the person chose (missing at start), with Try again and Choose another; and
 * any damage found in the settings or saved passwords, until dismissed.
 */
export function LibraryBanner(props: {
  info: LibraryInfo
  /** Saves pending edits before another library replaces this one. */
  beforeSwitch(): Promise<unknown>
  /** Another library is open now. */
  onSwitched(info: LibraryInfo): void
  /** The same library opened again (now writable): unsaved edits carry on saving. */
  onReopened(info: LibraryInfo): void
  onError(message: string): void
}): JSX.Element | null {
  const { info, beforeSwitch, onSwitched, onReopened, onError } = props
  const { t } = useTranslation()
  const [dismissed, setDismissed] = useState<readonly string[]>([])
  const reopen = useBridgeAction(
    async (api: CopydeskClient, call: LibraryCall, fallback: string) => {
      // A read-only library refuses the save; the edits stay in the editor either way.
      await beforeSwitch().catch(() => undefined)
      return call(api).catch((error: unknown) => {
        throw new Error(messageOf(error, fallback))
      })
    },
  )
  const blocking = [info.unavailable, info.readOnly].filter((line) => line !== null)
  const warnings = info.warnings.filter((line) => !dismissed.includes(line))
  if (blocking.length === 0 && warnings.length === 0) return null

  const run = (call: LibraryCall, fallback: string) =>
    void reopen.run(call, fallback).then((outcome) => {
      if (!outcome.ok) return onError(outcome.error)
      const next = outcome.value
      if (!next) return
      if (next.path === info.path) onReopened(next)
      else onSwitched(next)
    })

  return (
    <div className="ui-banner ui-banner-warning" role="alert" data-testid="library-banner">
      <Icon name="alert" />
      <div className="ui-banner-text">
        {[...blocking, ...warnings].map((line) => (
          <p key={line}>{line}</p>
        ))}
      </div>
      {blocking.length > 0 ? (
        <>
          <button
            type="button"
            className="ui-button ui-button-small"
            data-testid="library-retry"
            disabled={reopen.busy}
            onClick={() =>
              run((api) => api.library.retry(), t('screens.libraryBanner.stillUnavailable'))
            }
          >
            {t('screens.libraryBanner.tryAgain')}
          </button>
          <button
            type="button"
            className="ui-button ui-button-small"
            data-testid="library-choose"
            disabled={reopen.busy}
            onClick={() =>
              run((api) => api.library.choose(), t('screens.libraryBanner.folderUnusable'))
            }
          >
            {t('screens.libraryBanner.chooseAnother')}
          </button>
        </>
      ) : (
        <button
          type="button"
          className="ui-button ui-button-small"
          data-testid="library-warnings-dismiss"
          onClick={() => setDismissed([...dismissed, ...warnings])}
        >
          {t('common.dismiss')}
        </button>
      )}
    </div>
  )
}
