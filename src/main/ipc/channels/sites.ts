import { AppError } from '../../errors/AppError'
import type { Services } from '../../createServices'
import type { ChannelImplementations } from '../implementChannels'

const notYet = (): never => {
  throw new AppError('refused', 'Sites are not available yet.')
}

/** Settings → Sites. */
export function implementSites(_services: Services): ChannelImplementations['sites'] {
  return {
    list: () => [],
    create: notYet,
    update: notYet,
    remove: notYet,
    captureTheme: notYet,
    openThemeFolder: notYet,
    secretProtection: () => _services.secrets.protection(),
    saveSecret: notYet,
    savedSecrets: () => [],
  }
}
