import type { ChannelService, ParsedInput } from '@shared/ipc/ChannelService'
import type { CommentsView } from '@shared/ipc/channels/comments'
import type { Services } from '../../createServices'

/** The `comments` channels: review comments, signed with the person's name from settings. */
export class CommentsChannel implements ChannelService<'comments'> {
  constructor(private readonly services: Services) {}

  async list({ articleId }: ParsedInput<'comments', 'list'>): Promise<CommentsView> {
    const comments = await this.services.library.commentsList(articleId)
    return { comments, userName: this.services.userName() }
  }

  async apply({ articleId, action }: ParsedInput<'comments', 'apply'>): Promise<CommentsView> {
    const userName = this.services.userName()
    const comments = await this.services.library.commentsApply(articleId, action, userName)
    return { comments, userName }
  }
}
