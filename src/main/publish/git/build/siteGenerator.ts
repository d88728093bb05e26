import { t } from '@shared/i18n/i18n'
import { existsSync } from 'node:fs'
import { readFile } from 'node:fs/promises'
import { join } from 'node:path'
import type { GitPreset } from '@shared/sites/targets'
import type { CommandFinder } from './findCommand'

/** A generator Copydesk knows how to run. */
export type GeneratorName = Exclude<GitPreset, 'custom'>

export const GENERATOR_LABELS: Record<GeneratorName, string> = {
  hugo: 'Hugo',
  jekyll: 'Jekyll',
  astro: 'Astro',
  eleventy: 'Eleventy',
}

/** How to build a site folder into `out`. */
export interface BuildCommand {
  command: string
  args: string[]
  env: Record<string, string>
}

/** Files at a site's root that name its generator, for sites set up as "Custom". */
const MARKERS: [GeneratorName, string[]][] = [
  ['hugo', ['hugo.toml', 'hugo.yaml', 'hugo.json', 'config.toml']],
  ['jekyll', ['_config.yml', '_config.yaml']],
  ['astro', ['astro.config.mjs', 'astro.config.ts', 'astro.config.js']],
  [
    'eleventy',
    ['eleventy.config.js', 'eleventy.config.mjs', 'eleventy.config.cjs', '.eleventy.js'],
  ],
]

/** The generator of a site: its preset's, else the one whose config file is at its root. */
export function generatorOf(preset: GitPreset, folder: string | null): GeneratorName | null {
  if (preset !== 'custom') return preset
  if (folder === null) return null
  return MARKERS.find(([, files]) => files.some((f) => existsSync(join(folder, f))))?.[0] ?? null
}

/** The npm package of a generator that sites install themselves, and its command's name. */
const NPM_PACKAGES: Partial<Record<GeneratorName, { name: string; bin: string }>> = {
  astro: { name: 'astro', bin: 'astro' },
  eleventy: { name: '@11ty/eleventy', bin: 'eleventy' },
}

/** The script of an npm package's command, from its package.json `bin`. */
async function packageBin(
  folder: string,
  pkg: { name: string; bin: string },
): Promise<string | null> {
  const root = join(folder, 'node_modules', ...pkg.name.split('/'))
  try {
    const manifest: unknown = JSON.parse(await readFile(join(root, 'package.json'), 'utf8'))
    const bin = (manifest as { bin?: unknown }).bin
    const script =
      typeof bin === 'string' ? bin : (bin as Record<string, unknown> | undefined)?.[pkg.bin]
    return typeof script === 'string' ? join(root, script) : null
  } catch {
    return null
  }
}

/**
 * The command that builds `folder` into `out` with the site's generator, or why it cannot be
 * run here: Hugo and Jekyll from this computer's programs, Astro and Eleventy from the site's
 * own installed packages (`node_modules` in the folder), run by this program's own Node.
 */
export async function buildCommand(
  generator: GeneratorName,
  folder: string,
  out: string,
  findCommand: CommandFinder,
): Promise<BuildCommand | { missing: string }> {
  const label = GENERATOR_LABELS[generator]
  if (generator === 'hugo' || generator === 'jekyll') {
    const command = await findCommand(generator)
    if (command === null)
      return { missing: t('targetsMain.build.notInstalled', { generator: label }) }
    const args =
      generator === 'hugo'
        ? ['--source', folder, '--destination', out]
        : ['build', '--source', folder, '--destination', out]
    return { command, args, env: { JEKYLL_ENV: 'production' } }
  }
  const pkg = NPM_PACKAGES[generator]
  const script = pkg ? await packageBin(folder, pkg) : null
  if (script === null) {
    return {
      missing: t('targetsMain.build.notInstalledHere', { generator: label, folder }),
    }
  }
  const args =
    generator === 'astro'
      ? [script, 'build', '--root', folder, '--outDir', out]
      : [script, `--output=${out}`]
  // Inside Electron this makes the app's own binary run the script as Node would.
  return {
    command: process.execPath,
    args,
    env: { ELECTRON_RUN_AS_NODE: '1', ASTRO_TELEMETRY_DISABLED: '1', NODE_ENV: 'production' },
  }
}
