import { useEffect, useRef } from 'react'
import type { MenuCommand } from '@shared/ipc/contract'
import { copydesk } from '../api/copydesk'
import { commandForKey, isMacPlatform, takesKeyFirst } from './shortcuts'

/** A menu accelerator may also reach the page as a key press; one of the two is dropped. */
const SAME_COMMAND_WINDOW_MS = 300

/**
 * Runs `run(command)` for window shortcuts and application-menu commands. Keys the focused
 * control already handled (the editor's own bindings) are left alone.
 */
export function useAppCommands(run: (command: MenuCommand) => void): void {
  const runRef = useRef(run)
  useEffect(() => {
    runRef.current = run
  })

  useEffect(() => {
    const mac = isMacPlatform()
    let last: { command: MenuCommand; source: 'key' | 'menu'; at: number } | null = null
    const dispatch = (command: MenuCommand, source: 'key' | 'menu'): void => {
      const now = performance.now()
      const duplicate =
        last?.command === command &&
        last.source !== source &&
        now - last.at < SAME_COMMAND_WINDOW_MS
      last = { command, source, at: now }
      if (!duplicate) runRef.current(command)
    }
    const onKeyDown = (event: KeyboardEvent): void => {
      if (event.defaultPrevented) return
      const command = commandForKey(event, mac)
      if (!command || takesKeyFirst(command) !== (event.eventPhase === Event.CAPTURING_PHASE)) {
        return
      }
      event.preventDefault()
      if (!event.repeat) dispatch(command, 'key')
    }
    window.addEventListener('keydown', onKeyDown, { capture: true })
    window.addEventListener('keydown', onKeyDown)
    let unsubscribe = (): void => {}
    try {
      unsubscribe = copydesk().onMenuCommand((command) => dispatch(command, 'menu'))
    } catch {
      // No bridge (a plain page): shortcuts still work.
    }
    return () => {
      window.removeEventListener('keydown', onKeyDown, { capture: true })
      window.removeEventListener('keydown', onKeyDown)
      unsubscribe()
    }
  }, [])
}
