import { join, resolve } from 'node:path'
import { build } from 'vite'

const ROOT = resolve(import.meta.dirname, '../..')

/**
 * Bundles saveLoop.ts (with its dependencies) into one plain JavaScript file in `outDir` and
 * returns its path. A bundled child starts in about a third of a second, against a second
 * under tsx: that is what lets the crash test kill hundreds of them in a couple of minutes.
 */
export async function buildSaveLoop(outDir: string): Promise<string> {
  await build({
    configFile: false,
    logLevel: 'warn',
    root: ROOT,
    ssr: { noExternal: true },
    build: {
      ssr: join(ROOT, 'tests/crash/saveLoop.ts'),
      outDir,
      emptyOutDir: false,
      target: 'node20',
      minify: false,
      rollupOptions: { output: { format: 'esm', entryFileNames: 'saveLoop.mjs' } },
    },
  })
  return join(outDir, 'saveLoop.mjs')
}
