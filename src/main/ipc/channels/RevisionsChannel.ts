import type { Restored, Revision, RevisionInfo } from '@shared/ipc/contract'
import type { ChannelService, ParsedInput } from '@shared/ipc/ChannelService'
import type { Services } from '../../createServices'

type In<M extends keyof ChannelService<'revisions'>> = ParsedInput<'revisions', M>

/** The `revisions` channels: an article's snapshots, and going back to one. */
export class RevisionsChannel implements ChannelService<'revisions'> {
  constructor(private readonly services: Services) {}

  list({ id }: In<'list'>): Promise<RevisionInfo[]> {
    return this.services.library.revisionsList(id)
  }

  get({ id, revId }: In<'get'>): Promise<Revision> {
    return this.services.library.revisionsGet(id, revId)
  }

  restore({ id, revId }: In<'restore'>): Promise<Restored> {
    return this.services.library.revisionsRestore(id, revId)
  }
}
