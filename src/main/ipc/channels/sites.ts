import type { Services } from '../../createServices'
import type { ChannelImplementations } from '../implementChannels'

/** Settings → Sites. */
export function implementSites(services: Services): ChannelImplementations['sites'] {
  const sites = services.sites
  return {
    list: () => sites.list(),
    create: (draft) => sites.create(draft),
    update: ({ id, draft }) => sites.update(id, draft),
    remove: ({ id }) => sites.remove(id),
    captureTheme: (input) => sites.captureTheme(input),
    openThemeFolder: ({ id }) => sites.openThemeFolder(id),
    secretProtection: () => services.secrets.protection(),
    saveSecret: ({ id, name, value }) => sites.saveSecret(id, name, value),
    savedSecrets: ({ id }) => sites.savedSecrets(id),
  }
}
