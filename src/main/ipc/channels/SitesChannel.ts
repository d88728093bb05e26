import type { ChannelService, ParsedInput } from '@shared/ipc/ChannelService'
import type { Services } from '../../createServices'

type In<M extends keyof ChannelService<'sites'>> = ParsedInput<'sites', M>

/** The `sites` channels: Settings → Sites, their themes and their secrets. */
export class SitesChannel implements ChannelService<'sites'> {
  constructor(private readonly services: Services) {}

  list() {
    return this.services.sites.list()
  }

  create(draft: In<'create'>) {
    return this.services.sites.create(draft)
  }

  update({ id, draft }: In<'update'>) {
    return this.services.sites.update(id, draft)
  }

  remove({ id }: In<'remove'>) {
    return this.services.sites.remove(id)
  }

  captureTheme(input: In<'captureTheme'>) {
    return this.services.sites.captureTheme(input)
  }

  openThemeFolder({ id }: In<'openThemeFolder'>) {
    return this.services.sites.openThemeFolder(id)
  }

  secretProtection() {
    return this.services.secrets.protection()
  }

  saveSecret({ id, name, value }: In<'saveSecret'>) {
    return this.services.sites.saveSecret(id, name, value)
  }

  savedSecrets({ id }: In<'savedSecrets'>) {
    return this.services.sites.savedSecrets(id)
  }
}
