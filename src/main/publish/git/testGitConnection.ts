import { t } from '@shared/i18n/i18n'
import type { ConnectionReport } from '@shared/publish/Publish'
import type { GitTargetConfig } from '@shared/sites/targets'
import { PublishError } from '../PublishError'
import type { SiteRepo } from './SiteRepo'

/** Tells whether the repository answers, has the branch, and lets the token push. */
export async function testGitConnection(
  config: GitTargetConfig,
  openRepo: () => Promise<SiteRepo>,
): Promise<ConnectionReport> {
  const branch = config.branch || 'main'
  try {
    const repo = await openRepo()
    const refs = await repo.probe(false)
    if (refs.length === 0) {
      await repo.probe(true)
      return { ok: true, message: t('targetsMain.git.test.empty', { branch }) }
    }
    if (!refs.includes(`refs/heads/${branch}`)) {
      return { ok: false, message: t('targetsMain.git.test.noBranch', { branch }) }
    }
    try {
      await repo.probe(true)
    } catch (error) {
      if (error instanceof PublishError && error.kind === 'auth') {
        return { ok: false, message: t('targetsMain.git.test.readOnly') }
      }
      throw error
    }
    return { ok: true, message: t('targetsMain.git.test.connected', { branch }) }
  } catch (error) {
    const failure = error instanceof PublishError ? error : null
    if (failure?.kind === 'offline' || failure?.kind === 'timeout') {
      return {
        ok: false,
        message: t('targetsMain.git.test.unreachable', { host: new URL(config.repoUrl).host }),
      }
    }
    return { ok: false, message: failure?.message ?? t('targetsMain.git.test.unexpected') }
  }
}
