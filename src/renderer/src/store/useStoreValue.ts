import { useSyncExternalStore } from 'react'
import type { ValueStore } from './ValueStore'

/** Reads a ValueStore and re-renders the calling component when it changes. */
export function useStoreValue<T>(store: ValueStore<T>): T {
  return useSyncExternalStore(store.subscribe, store.get)
}
