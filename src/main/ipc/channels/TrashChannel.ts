import type { ArticleSummary } from '@shared/article/Article'
import type { TrashEntry } from '@shared/ipc/contract'
import type { ChannelService, ParsedInput } from '@shared/ipc/ChannelService'
import type { Services } from '../../createServices'

/** The `trash` channels: deleted articles, restorable until the trash is emptied. */
export class TrashChannel implements ChannelService<'trash'> {
  constructor(private readonly services: Services) {}

  list(): Promise<TrashEntry[]> {
    return this.services.library.trashList()
  }

  async restore({ id }: ParsedInput<'trash', 'restore'>): Promise<ArticleSummary> {
    const summary = await this.services.library.trashRestore(id)
    // A team article back on this computer is fetched and synced again.
    await this.services.team().keepOnThisComputer(id)
    return summary
  }

  empty(): Promise<{ removed: number }> {
    return this.services.library.trashEmpty()
  }
}
