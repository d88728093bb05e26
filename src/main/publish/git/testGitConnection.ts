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
      return {
        ok: true,
        message: `Connected. The repository is empty; the first publish creates the branch “${branch}”.`,
      }
    }
    if (!refs.includes(`refs/heads/${branch}`)) {
      return { ok: false, message: `Connected, but the repository has no branch “${branch}”.` }
    }
    try {
      await repo.probe(true)
    } catch (error) {
      if (error instanceof PublishError && error.kind === 'auth') {
        return {
          ok: false,
          message:
            'The token can read the repository but the site does not let it publish (no write access).',
        }
      }
      throw error
    }
    return {
      ok: true,
      message: `Connected to branch “${branch}”; the site accepts publishing with this token.`,
    }
  } catch (error) {
    const failure = error instanceof PublishError ? error : null
    if (failure?.kind === 'offline' || failure?.kind === 'timeout') {
      return {
        ok: false,
        message: `Could not reach ${new URL(config.repoUrl).host}. Check the address and the network connection.`,
      }
    }
    return { ok: false, message: failure?.message ?? 'The connection test failed unexpectedly.' }
  }
}
