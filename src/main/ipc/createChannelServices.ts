import type { ChannelServices } from '@shared/ipc/ChannelService'
import type { Services } from '../createServices'
import { AppChannel, type AppChannelDeps } from './channels/AppChannel'
import { ArticlesChannel } from './channels/ArticlesChannel'
import { AssetsChannel } from './channels/AssetsChannel'
import { CommentsChannel } from './channels/CommentsChannel'
import { LibraryChannel } from './channels/LibraryChannel'
import { PublishChannel } from './channels/PublishChannel'
import { RevisionsChannel } from './channels/RevisionsChannel'
import { SitePostsChannel } from './channels/SitePostsChannel'
import { SitesChannel } from './channels/SitesChannel'
import { TeamChannel } from './channels/TeamChannel'
import { TrashChannel } from './channels/TrashChannel'
import { TransferChannel } from './channels/TransferChannel'

/**
 * The service of every contract group. Where a service already speaks the contract (preview,
 * settings) it serves its group itself; the other groups have a channel class that reads the
 * current services on each call (the library changes when the person switches folders).
 */
export function createChannelServices(services: Services, deps: AppChannelDeps): ChannelServices {
  return {
    app: new AppChannel(services.appInfo, services.savedFiles, deps),
    library: new LibraryChannel(services),
    articles: new ArticlesChannel(services),
    trash: new TrashChannel(services),
    revisions: new RevisionsChannel(services),
    assets: new AssetsChannel(services),
    settings: services.settings,
    sites: new SitesChannel(services),
    sitePosts: new SitePostsChannel(services),
    preview: services.preview,
    comments: new CommentsChannel(services),
    publish: new PublishChannel(services),
    transfer: new TransferChannel(services),
    team: new TeamChannel(services),
  }
}
