import { createContext, useContext } from 'react'
import type { ToastStore } from './ToastStore'

/** The window's ToastStore, provided by the App. */
export const ToastContext = createContext<ToastStore | null>(null)

/** The ToastStore to show notices with. */
export function useToasts(): ToastStore {
  const store = useContext(ToastContext)
  if (!store) throw new Error('useToasts needs a ToastContext provider')
  return store
}
