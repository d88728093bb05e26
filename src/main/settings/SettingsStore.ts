import { z } from 'zod'
import type { Settings } from '@shared/settings/Settings'

/** Where and how big the main window was when it last closed. */
export const WindowStateSchema = z.object({
  x: z.number().int().optional(),
  y: z.number().int().optional(),
  width: z.number().int().min(200).max(20_000),
  height: z.number().int().min(200).max(20_000),
  maximized: z.boolean().default(false),
})
export type WindowState = z.infer<typeof WindowStateSchema>

/**
 * Everything main persists between runs, by key. Values come back from disk unchecked (a person
 * may have edited the file), so readers validate them; see `SettingsService`.
 */
export interface StoredSettings {
  settings: Partial<Settings>
  window: WindowState
  /** Site profiles (no secrets); validated one by one when read. */
  sites: unknown[]
}

/**
 * A small persistent key/value record with a last good copy beside it: electron-store in the
 * app, a JSON file in the harness and tests (see recoverSettingsFile).
 */
export interface SettingsStore {
  /** The stored value, or undefined when nothing was stored yet. */
  get(key: keyof StoredSettings): unknown
  set<K extends keyof StoredSettings>(key: K, value: StoredSettings[K]): void
  /** Damage found when the store was opened (a damaged file moved aside), in plain words. */
  problems?(): string[]
}
