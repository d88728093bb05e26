import { contextBridge, ipcRenderer, type IpcRendererEvent } from 'electron'
import {
  CHANNEL_PREFIX,
  MENU_CHANNEL,
  MenuCommandSchema,
  channelName,
  contract,
  type MenuCommand,
} from '@shared/ipc/contract'

/** Only contract channels leave this preload; raw ipcRenderer never reaches the page. */
function invoke(channel: string, input: unknown): Promise<unknown> {
  if (!channel.startsWith(CHANNEL_PREFIX)) {
    return Promise.reject(new Error(`Refused channel outside ${CHANNEL_PREFIX}`))
  }
  return ipcRenderer.invoke(channel, input)
}

type Method = (input?: unknown) => Promise<unknown>

/** `window.copydesk.<group>.<method>(input)` for every channel of the contract. */
function buildApi(): Record<string, unknown> {
  const api: Record<string, unknown> = {}
  for (const [group, methods] of Object.entries(contract)) {
    const bound: Record<string, Method> = {}
    for (const method of Object.keys(methods)) {
      const channel = channelName(group, method)
      // Exactly one argument crosses, whatever the page passes.
      bound[method] = (input?: unknown) => invoke(channel, input)
    }
    api[group] = Object.freeze(bound)
  }
  api.onMenuCommand = (listener: (command: MenuCommand) => void): (() => void) => {
    if (typeof listener !== 'function') throw new TypeError('onMenuCommand needs a function')
    const forward = (_event: IpcRendererEvent, command: unknown) => {
      const parsed = MenuCommandSchema.safeParse(command)
      if (parsed.success) listener(parsed.data)
    }
    ipcRenderer.on(MENU_CHANNEL, forward)
    return () => {
      ipcRenderer.removeListener(MENU_CHANNEL, forward)
    }
  }
  return Object.freeze(api)
}

contextBridge.exposeInMainWorld('copydesk', buildApi())
