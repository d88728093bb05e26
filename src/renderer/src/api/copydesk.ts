import {
  contract,
  type CopydeskApi,
  type GroupName,
  type IpcResult,
  type MethodName,
} from '@shared/ipc/contract'
import { CopydeskError } from './CopydeskError'
import { t } from '@shared/i18n/i18n'

type Unwrapped<F> = F extends (...args: infer A) => Promise<IpcResult<infer T>>
  ? (...args: A) => Promise<T>
  : never

/**
 * `window.copydesk` with every IpcResult unwrapped: methods resolve with the value or throw a
 * CopydeskError carrying the main side's code and message.
 */
export type CopydeskClient = {
  [G in GroupName]: { [M in MethodName<G>]: Unwrapped<CopydeskApi[G][M & keyof CopydeskApi[G]]> }
} & Pick<CopydeskApi, 'onMenuCommand'>

type RawMethod = (...args: unknown[]) => Promise<IpcResult<unknown>>

/** Returns the value of a successful result, or throws its error as a CopydeskError. */
export function unwrapResult<T>(result: IpcResult<T>): T {
  if (result.ok) return result.value
  throw new CopydeskError(result.error.code, result.error.message)
}

/** Builds the unwrapping client over a bridge object (the real one, or a fake in tests). */
export function createCopydeskClient(bridge: CopydeskApi): CopydeskClient {
  const raw = bridge as unknown as Record<string, Record<string, RawMethod> | undefined>
  const client: Record<string, Record<string, (...args: unknown[]) => Promise<unknown>>> = {}
  for (const group of Object.keys(contract)) {
    const methods: Record<string, (...args: unknown[]) => Promise<unknown>> = {}
    for (const method of Object.keys(contract[group as GroupName])) {
      methods[method] = async (...args: unknown[]) => {
        const target = raw[group]
        if (typeof target?.[method] !== 'function') {
          throw new CopydeskError('internal', `Copydesk cannot ${group}.${method} in this window.`)
        }
        let result: IpcResult<unknown>
        try {
          result = await target[method](...args)
        } catch {
          // A rejected call means the bridge itself broke; its raw text is not for people.
          throw new CopydeskError('internal', t('screens.failures.lostContact'))
        }
        return unwrapResult(result)
      }
    }
    client[group] = methods
  }
  const onMenuCommand: CopydeskApi['onMenuCommand'] = (listener) =>
    typeof bridge.onMenuCommand === 'function' ? bridge.onMenuCommand(listener) : () => {}
  return Object.assign(client, { onMenuCommand }) as unknown as CopydeskClient
}

let shared: { bridge: CopydeskApi; client: CopydeskClient } | null = null

/** The client for this window, built on first use from `window.copydesk` (and again if it is replaced). */
export function copydesk(): CopydeskClient {
  const bridge = (window as { copydesk?: CopydeskApi }).copydesk
  if (!bridge) throw new CopydeskError('internal', t('screens.failures.noBridge'))
  if (shared?.bridge !== bridge) shared = { bridge, client: createCopydeskClient(bridge) }
  return shared.client
}
