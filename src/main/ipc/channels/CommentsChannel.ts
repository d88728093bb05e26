import type { ChannelService, ParsedInput } from '@shared/ipc/ChannelService'
import type { CommentsView } from '@shared/ipc/channels/comments'
import type { Services } from '../../createServices'

/** The `comments` channels: review comments, signed with the person's name from settings. */
export class CommentsChannel implements ChannelService<'comments'> {
  constructor(private readonly services: Services) {}

  async list({ articleId }: ParsedInput<'comments', 'list'>): Promise<CommentsView> {
    const comments = this.services.team().isTeamArticle(articleId)
      ? await this.services.liveTeam.comments(articleId)
      : await this.services.library.commentsList(articleId)
    return { comments, userName: this.services.userName() }
  }

  async apply({ articleId, action }: ParsedInput<'comments', 'apply'>): Promise<CommentsView> {
    const userName = this.services.userName()
    // A team article's comments live in its Y.Doc, so everyone in the team sees them.
    const comments = this.services.team().isTeamArticle(articleId)
      ? await this.services.liveTeam.applyComment(articleId, action, userName)
      : await this.services.library.commentsApply(articleId, action, userName)
    return { comments, userName }
  }
}
