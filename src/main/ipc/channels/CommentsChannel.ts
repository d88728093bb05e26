import type { ChannelService, ParsedInput } from '@shared/ipc/ChannelService'
import type { CommentsView } from '@shared/ipc/channels/comments'
import type { Services } from '../../createServices'

/** The `comments` channels: review comments, signed with the person's name from settings. */
export class CommentsChannel implements ChannelService<'comments'> {
  constructor(private readonly services: Services) {}

  async list({ articleId }: ParsedInput<'comments', 'list'>): Promise<CommentsView> {
    const team = this.services.team().isTeamArticle(articleId)
    const comments = team
      ? await this.services.liveTeam.comments(articleId)
      : await this.services.library.commentsList(articleId)
    return { comments, userName: await this.userName(team) }
  }

  async apply({ articleId, action }: ParsedInput<'comments', 'apply'>): Promise<CommentsView> {
    const team = this.services.team().isTeamArticle(articleId)
    const userName = await this.userName(team)
    // A team article's comments live in its Y.Doc, so everyone in the team sees them.
    if (team) {
      const comments = await this.services.liveTeam.applyComment(articleId, action, userName)
      return { comments, userName }
    }
    const change = await this.services.library.commentsApply(articleId, action, userName)
    return { ...change, userName }
  }

  /** In a team article, the name this person joined the team with. */
  private async userName(team: boolean): Promise<string> {
    const name = this.services.userName()
    return team ? this.services.liveTeam.signature(name) : name
  }
}
