import { ARTICLE_SCHEMA_VERSION, type Article, type ArticleFile } from '@shared/article/Article'
import type { ChannelService, ParsedInput } from '@shared/ipc/ChannelService'
import type { TeamOpened, TeamPull, TeamView } from '@shared/ipc/channels/team'
import type { Services } from '../../createServices'
import type { LocalTeamArticle, TeamConnection } from '../../team/TeamService'

type In<M extends keyof ChannelService<'team'>> = ParsedInput<'team', M>

function viewOf(connection: TeamConnection | null): TeamView {
  return {
    connected: connection !== null,
    url: connection?.url ?? null,
    teamName: connection?.teamName ?? null,
    memberName: connection?.member.name ?? null,
    role: connection?.member.role ?? null,
  }
}

function fileOf(article: Article): ArticleFile {
  const { meta, doc, history } = article
  return {
    schema: ARTICLE_SCHEMA_VERSION,
    meta,
    doc,
    history,
    comments: article.comments ?? [],
    publications: article.publications ?? {},
  }
}

/** The `team` channels: the open library's team, its articles, and the live relay. */
export class TeamChannel implements ChannelService<'team'> {
  constructor(private readonly services: Services) {}

  async view(): Promise<TeamView> {
    return viewOf(await this.services.team().connection())
  }

  async connect(input: In<'connect'>): Promise<TeamView> {
    const name = input.name.trim() || this.services.userName()
    return viewOf(await this.services.team().connect({ ...input, name }))
  }

  async fetchArticles(): Promise<{ fetched: number }> {
    const { library } = this.services
    const local: LocalTeamArticle[] = []
    // Every page of the list: a team may hold more articles than one page.
    for (let offset = 0; ; offset += 1000) {
      const { items } = library.list({ place: 'team', offset, limit: 1000 })
      local.push(...items.map(({ id, title, status }) => ({ id, title, status })))
      if (items.length < 1000) break
    }
    const fetched = await this.services.team().syncArticleList(local)
    for (const id of fetched) await library.refresh(id)
    return { fetched: fetched.length }
  }

  async moveIn({ id }: In<'moveIn'>): Promise<Article> {
    const { library } = this.services
    await this.services.team().moveIntoTeam(fileOf(await library.get(id)))
    await library.refresh(id)
    void this.fetchArticles().catch(() => undefined)
    return library.get(id)
  }

  copyOut({ id }: In<'copyOut'>): Promise<Article> {
    return this.services.library.duplicate(id)
  }

  open({ id }: In<'open'>): Promise<TeamOpened> {
    return this.services.liveTeam.openArticle(id)
  }

  push({ id, update, caret }: In<'push'>): Promise<void> {
    return this.services.liveTeam.push(id, update, caret)
  }

  pull({ id, stateVector, seen }: In<'pull'>): Promise<TeamPull> {
    return this.services.liveTeam.pull(id, stateVector, seen)
  }

  close({ id }: In<'close'>): Promise<void> {
    return this.services.liveTeam.close(id)
  }
}
