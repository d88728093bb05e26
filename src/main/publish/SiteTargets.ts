import { t } from '@shared/i18n/i18n'
import type { PublishTargetKind } from '@shared/sites/targets'
import type { SiteProfile } from '@shared/sites/SiteProfile'
import { AppError } from '../errors/AppError'
import type { SecretStore } from '../secrets/SecretStore'
import type { PublishTarget, SecretReader } from './PublishTarget'
import type { SiteSource } from './SiteSource'

/** The targets publishing can use, by kind; a kind left out cannot be published to yet. */
export type PublishTargets = Partial<Record<PublishTargetKind, PublishTarget>>

/** A site's secrets, and every value read so far (to scrub from messages). */
export interface SiteSecrets {
  secret: SecretReader
  seen: Set<string>
}

/** Why a site of a kind this version cannot publish to is refused, in the current language. */
export function targetUnavailable(): string {
  return t('publishMain.errors.targetUnavailable')
}

/** Finds a site's profile, the target that publishes to it, and its secrets. */
export class SiteTargets {
  constructor(
    private readonly sites: SiteSource,
    private readonly targets: PublishTargets,
    private readonly secrets: SecretStore,
  ) {}

  list(): SiteProfile[] {
    return this.sites.list()
  }

  site(siteId: string): SiteProfile {
    const site = this.sites.get(siteId)
    if (!site) throw new AppError('not_found', t('publishMain.errors.siteGone'))
    return site
  }

  /** The target for the site's kind, or null when this version has none for it. */
  find(site: SiteProfile): PublishTarget | null {
    return site.target ? (this.targets[site.target.kind] ?? null) : null
  }

  /** The target for the site; refused with a plain reason when there is none. */
  targetFor(site: SiteProfile): PublishTarget {
    if (!site.target) {
      throw new AppError('refused', t('publishMain.errors.noTarget', { site: site.name }))
    }
    const target = this.find(site)
    if (!target) throw new AppError('refused', targetUnavailable())
    return target
  }

  /** Reads a site's secrets and remembers the values read, to scrub them from messages. */
  secretsOf(siteId: string): SiteSecrets {
    const seen = new Set<string>()
    const secret = async (name: string): Promise<string | null> => {
      const value = await this.secrets.get(`site:${siteId}:${name}`)
      if (value) seen.add(value)
      return value
    }
    return { secret, seen }
  }
}
