import { buildCrashChild } from './buildCrashChild'

/**
 * Bundles saveLoop.ts into one plain JavaScript file in `outDir` and returns its path: that is
 * what lets the crash test kill hundreds of children in a couple of minutes.
 */
export function buildSaveLoop(outDir: string): Promise<string> {
  return buildCrashChild('saveLoop', outDir)
}
