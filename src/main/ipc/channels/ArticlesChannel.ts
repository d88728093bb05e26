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

  /**
   * Moves an article to the trash. A team article leaves only this computer: its live session
   * ends first (nothing is written after the move), and the sync no longer fetches it.
   */
  async delete({ id }: In<'delete'>): Promise<void> {
    const team = this.services.team()
    if (team.isTeamArticle(id)) {
      await this.services.liveTeam.closeFully(id)
      await team.removeFromThisComputer(id)
    }
    await this.services.library.delete(id)
  }
}
