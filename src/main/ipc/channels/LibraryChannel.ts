import type { LibraryInfo } from '@shared/ipc/contract'
import type { ChannelService } from '@shared/ipc/ChannelService'
import type { Services } from '../../createServices'

/** The `library` channels: the open library folder and its quarantine notices. */
export class LibraryChannel implements ChannelService<'library'> {
  constructor(private readonly services: Services) {}

  /** The open library, with anything the person must be told (read-only, missing, damage). */
  info(): LibraryInfo {
    return this.services.libraryInfo()
  }

  dismissQuarantine(): Promise<void> {
    return this.services.library.dismissQuarantine()
  }

  choose(): Promise<LibraryInfo | null> {
    return this.services.chooseLibrary()
  }

  retry(): Promise<LibraryInfo> {
    return this.services.retryLibrary()
  }
}
