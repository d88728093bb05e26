import type { LibraryInfo } from '@shared/ipc/contract'
import type { ChannelService } from '@shared/ipc/ChannelService'
import type { Services } from '../../createServices'

/** The `library` channels: the open library folder and its quarantine notices. */
export class LibraryChannel implements ChannelService<'library'> {
  constructor(private readonly services: Services) {}

  info(): LibraryInfo {
    return this.services.library.info()
  }

  dismissQuarantine(): Promise<void> {
    return this.services.library.dismissQuarantine()
  }

  choose(): Promise<LibraryInfo | null> {
    return this.services.chooseLibrary()
  }
}
