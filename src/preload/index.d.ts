import type { CopydeskApi } from '@shared/ipc/contract'

declare global {
  interface Window {
    /** The bridge to the main process, built by the preload from the IPC contract. */
    copydesk: CopydeskApi
  }
}

export {}
