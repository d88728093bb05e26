import { t } from '@shared/i18n/i18n'
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
      message: t('targetsMain.build.notInstalledNote', { generator: GENERATOR_LABELS[preset] }),
    }
  }
  const require = config.buildCheck === 'require'
  const message =
    preset === 'custom'
      ? require
        ? t('targetsMain.build.requireOwn')
        : t('targetsMain.build.showOwn')
      : require
        ? t('targetsMain.build.require', { generator: GENERATOR_LABELS[preset] })
        : t('targetsMain.build.show', { generator: GENERATOR_LABELS[preset] })
  return { level: 'info', code: 'build-check', message }
}

/** Why a publish was stopped by a failed build, with the generator's own words. */
export function buildCheckRefusal(check: BuildCheck): string {
  const place = buildFailurePlace(check)
  const message = check.message ?? t('targetsMain.build.failedPlain')
  return [
    t('targetsMain.build.refused'),
    place
      ? t('targetsMain.build.saysAt', { generator: check.generator, place, message })
      : t('targetsMain.build.says', { generator: check.generator, message }),
  ].join(' ')
}
