import { channelName, contract } from '../../src/shared/ipc/contract'

/** Name of the Playwright binding the bridge calls; checked on the Node side. */
export const INVOKE_BINDING = '__copydeskInvoke'
/** Page function the harness calls to deliver a menu command to `onMenuCommand` listeners. */
export const MENU_DISPATCH = '__copydeskDispatchMenu'

/**
 * The page-side script that defines `window.copydesk` in the harness, with the same methods as
 * the Electron preload: channel names are computed here from the contract and written into the
 * script. Kept as source text rather than a serialised function, because TypeScript loaders
 * rewrite function bodies with helpers that do not exist in the page.
 */
export function bridgeScript(): string {
  const channels = Object.entries(contract).flatMap(([group, methods]) =>
    Object.keys(methods).map((method) => [group, method, channelName(group, method)]),
  )
  return `(() => {
  if (window.top !== window) return
  const channels = ${JSON.stringify(channels)}
  const api = {}
  for (const [group, method, channel] of channels) {
    api[group] = api[group] || {}
    // JSON text both ways: the browser's own JSON is far faster than the binding's serializer
    // on a long document, and Electron's structured clone is native too.
    api[group][method] = async (input) =>
      JSON.parse(
        await window[${JSON.stringify(INVOKE_BINDING)}](
          channel,
          input === undefined ? undefined : JSON.stringify(input),
        ),
      )
  }
  for (const group of Object.keys(api)) Object.freeze(api[group])
  const listeners = new Set()
  api.onMenuCommand = (listener) => {
    if (typeof listener !== 'function') throw new TypeError('onMenuCommand needs a function')
    listeners.add(listener)
    return () => { listeners.delete(listener) }
  }
  Object.defineProperty(window, ${JSON.stringify(MENU_DISPATCH)}, {
    value: (command) => { for (const listener of [...listeners]) listener(command) },
  })
  Object.defineProperty(window, 'copydesk', { value: Object.freeze(api), enumerable: true })
})()`
}
