import type { ChannelService, ParsedInput } from '@shared/ipc/ChannelService'
import type { Services } from '../../createServices'

type In<M extends keyof ChannelService<'sitePosts'>> = ParsedInput<'sitePosts', M>

/** The `sitePosts` channels: a connected site's posts, browsed and opened as articles. */
export class SitePostsChannel implements ChannelService<'sitePosts'> {
  constructor(private readonly services: Services) {}

  list(query: In<'list'>) {
    return this.services.sitePosts.list(query)
  }

  read(ref: In<'read'>) {
    return this.services.sitePosts.read(ref)
  }

  open(input: In<'open'>) {
    return this.services.sitePosts.open(input)
  }
}
