import { t } from '@shared/i18n/i18n'
import { execFile } from 'node:child_process'
import { mkdtemp, rm } from 'node:fs/promises'
import { tmpdir } from 'node:os'
import { join } from 'node:path'
import type { BuildCheck } from '@shared/publish/Publish'
import type { GitPreset } from '@shared/sites/targets'
import { buildFailure } from './buildFailure'
import { buildCommand, GENERATOR_LABELS, generatorOf, type BuildCommand } from './siteGenerator'
import type { CommandFinder } from './findCommand'
import { writeCommitTree } from './writeCommitTree'

/** A build that takes longer is stopped and reported as not checked. */
const BUILD_TIMEOUT_MS = 3 * 60_000
const OUTPUT_LIMIT = 16 * 1024 * 1024

export interface SiteBuildInput {
  preset: GitPreset
  /** The bare repository holding `commit`. */
  gitdir: string
  commit: string
  /** The site's scratch checkout, kept between builds (its installed packages stay). */
  folder: string
  findCommand: CommandFinder
  signal?: AbortSignal
  now?: () => number
}

interface RunResult {
  ok: boolean
  output: string
  timedOut: boolean
}

function run(command: BuildCommand, cwd: string, signal?: AbortSignal): Promise<RunResult> {
  return new Promise((resolve) => {
    execFile(
      command.command,
      command.args,
      {
        cwd,
        env: { ...process.env, ...command.env },
        maxBuffer: OUTPUT_LIMIT,
        timeout: BUILD_TIMEOUT_MS,
        signal,
      },
      (error, stdout, stderr) => {
        const output = `${stderr}\n${stdout}`
        if (!error) return resolve({ ok: true, output, timedOut: false })
        const killed = (error as { killed?: boolean }).killed === true && !signal?.aborted
        resolve({ ok: false, output, timedOut: killed })
      },
    )
  })
}

/**
 * Builds the site as it would be after `commit`, with its own generator, in its scratch
 * checkout: passed, failed with the generator's words (file and line when it names them), or
 * not checked and why. Never throws for the site's sake; an abort is passed on.
 */
export async function checkSiteBuild(input: SiteBuildInput): Promise<BuildCheck> {
  const now = input.now ?? Date.now
  const started = now()
  const result = (
    state: BuildCheck['state'],
    generator: string,
    message: string | null,
    where: { file: string | null; line: number | null } = { file: null, line: null },
  ): BuildCheck => ({
    state,
    generator,
    tookMs: Math.max(0, Math.round(now() - started)),
    message,
    ...where,
  })
  const { submodules } = await writeCommitTree(input.gitdir, input.commit, input.folder)
  const generator = generatorOf(input.preset, input.folder)
  if (generator === null) {
    return result(
      'not-checked',
      t('targetsMain.build.unknownGenerator'),
      t('targetsMain.build.whichGenerator'),
    )
  }
  const label = GENERATOR_LABELS[generator]
  if (submodules.length > 0) {
    return result('not-checked', label, t('targetsMain.build.submodule', { path: submodules[0] }))
  }
  const out = await mkdtemp(join(tmpdir(), 'copydesk-build-'))
  try {
    const command = await buildCommand(generator, input.folder, out, input.findCommand)
    if ('missing' in command) return result('not-checked', label, command.missing)
    const ran = await run(command, input.folder, input.signal)
    if (input.signal?.aborted) throw input.signal.reason
    if (ran.ok) return result('passed', label, null)
    if (ran.timedOut) {
      return result('not-checked', label, t('targetsMain.build.tooLong', { generator: label }))
    }
    const failure = buildFailure(ran.output, input.folder)
    return result('failed', label, failure.message, { file: failure.file, line: failure.line })
  } finally {
    await rm(out, { recursive: true, force: true })
  }
}
