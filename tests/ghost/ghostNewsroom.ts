import { mkdtemp, rm } from 'node:fs/promises'
import { tmpdir } from 'node:os'
import { join } from 'node:path'
import type { PublishJob } from '../../src/shared/publish/Publish'
import { createServices, type Services } from '../../src/main/createServices'
import { MemorySecretStore } from '../../src/main/secrets/SecretStore'
import { createGuardedFetch } from '../../src/main/security/createGuardedFetch'
import { JsonFileSettingsStore } from '../../src/main/settings/JsonFileSettingsStore'
import { startGhost, type GhostPeer } from '../peers/ghost'

/** A real Ghost, and Copydesk's services with it as the site "Ghost newsroom". */
export interface GhostNewsroom {
  ghost: GhostPeer
  services: Services
  siteId: string
  /** Publishes `articleId` to the site and answers its job once done. */
  publish(articleId: string): Promise<PublishJob>
  close(): Promise<void>
}

/**
 * Starts Ghost and a library in a temp folder (`prefix`) connected to it with its Admin API key.
 * With `downloads`, the editor's Download may reach the Ghost on this computer.
 */
export async function startGhostNewsroom(
  prefix: string,
  { downloads = false } = {},
): Promise<GhostNewsroom> {
  const ghost = await startGhost()
  const dir = await mkdtemp(join(tmpdir(), prefix))
  const services = await createServices({
    libraryPath: join(dir, 'Library'),
    settings: new JsonFileSettingsStore(join(dir, 'settings.json')),
    dataPath: join(dir, 'AppData'),
    secrets: new MemorySecretStore(),
    appInfo: { version: '0.0.0', platform: 'linux', runtime: 'browser' },
    ...(downloads && { fetchForDocument: createGuardedFetch({ allowedHosts: ['127.0.0.1'] }) }),
  })
  const site = await services.sites.create({
    name: 'Ghost newsroom',
    url: ghost.url,
    categories: [],
    navigation: [],
    theme: { kind: 'builtin', id: 'newsroom' },
    target: { kind: 'ghost', adminUrl: ghost.url },
  })
  await services.secrets.set(`site:${site.id}:adminKey`, ghost.adminKey)
  return {
    ghost,
    services,
    siteId: site.id,
    async publish(articleId) {
      await services.publish.publish(articleId, site.id)
      await services.publish.idle()
      const jobs = await services.publish.jobs(articleId)
      return jobs[jobs.length - 1] as PublishJob
    },
    async close() {
      await services.close()
      await ghost.stop()
      await rm(dir, { recursive: true, force: true })
    },
  }
}
