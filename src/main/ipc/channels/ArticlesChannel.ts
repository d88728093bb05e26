import type { Article } from '@shared/article/Article'
import type { DiskCheck, Facets, ListResult, SaveResult } from '@shared/ipc/contract'
import type { ChannelService, ParsedInput } from '@shared/ipc/ChannelService'
import type { Services } from '../../createServices'

type In<M extends keyof ChannelService<'articles'>> = ParsedInput<'articles', M>

/** The `articles` channels: listing, reading and saving articles of the open library. */
export class ArticlesChannel implements ChannelService<'articles'> {
  constructor(private readonly services: Services) {}

  list(query: In<'list'>): ListResult {
    return this.services.library.list(query)
  }

  facets(): Facets {
    return this.services.library.facets()
  }

  create(input: In<'create'>): Promise<Article> {
    return this.services.library.create(input)
  }

  get({ id }: In<'get'>): Promise<Article> {
    return this.services.library.get(id)
  }

  /**
   * Saves, signing a status change with the person's name. A team article's details go into
   * its Y.Doc (and from there to disk and the team); its body is edited there live.
   */
  save(input: In<'save'>): Promise<SaveResult> {
    const by = this.services.userName()
    if (this.services.team().isTeamArticle(input.id)) {
      return this.services.liveTeam.saveDetails(input, by)
    }
    return this.services.library.save(input, by)
  }

  checkDisk({ id }: In<'checkDisk'>): Promise<DiskCheck> {
    return this.services.library.checkDisk(id)
  }

  duplicate({ id }: In<'duplicate'>): Promise<Article> {
    return this.services.library.duplicate(id)
  }

  delete({ id }: In<'delete'>): Promise<void> {
    return this.services.library.delete(id)
  }
}
