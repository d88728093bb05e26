import type { BuildCheck, PublishCheck } from '@shared/publish/Publish'
import { buildFailurePlace } from '@shared/publish/buildFailurePlace'
import type { GitTargetConfig } from '@shared/sites/targets'
import type { CommandFinder } from './findCommand'
import { GENERATOR_LABELS } from './siteGenerator'

/**
 * What the publish dialog says about the build check before publishing: that it will run and
 * what a failure does, or (for Hugo and Jekyll, whose programs are found up front) that it
 * cannot run here. Null when the site does not check builds.
 */
export async function buildCheckNote(
  config: GitTargetConfig,
  findCommand: CommandFinder,
): Promise<PublishCheck | null> {
  if (config.buildCheck === 'off') return null
  const preset = config.preset
  if ((preset === 'hugo' || preset === 'jekyll') && (await findCommand(preset)) === null) {
    return {
      level: 'warning',
      code: 'build-not-checked',
      message: `The site’s build is not checked: ${GENERATOR_LABELS[preset]} is not installed on this computer.`,
    }
  }
  const who = preset === 'custom' ? 'its generator' : GENERATOR_LABELS[preset]
  return {
    level: 'info',
    code: 'build-check',
    message:
      config.buildCheck === 'require'
        ? `Before sending, Copydesk builds the site with ${who}; if the build fails, nothing is sent.`
        : `Before sending, Copydesk builds the site with ${who} and shows whether it built.`,
  }
}

/** Why a publish was stopped by a failed build, with the generator's own words. */
export function buildCheckRefusal(check: BuildCheck): string {
  const place = buildFailurePlace(check)
  return [
    `The site does not build with this change, so nothing was sent.`,
    `${check.generator} says${place ? ` (${place})` : ''}: ${check.message ?? 'the build failed.'}`,
  ].join(' ')
}
