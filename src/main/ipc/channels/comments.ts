import type { Services } from '../../createServices'
import type { ChannelImplementations } from '../implementChannels'

/** Review comments, signed with the person's name from settings. */
export function implementComments(services: Services): ChannelImplementations['comments'] {
  return {
    list: async ({ articleId }) => ({
      comments: await services.library.commentsList(articleId),
      userName: services.userName(),
    }),
    apply: async ({ articleId, action }) => {
      const userName = services.userName()
      const comments = await services.library.commentsApply(articleId, action, userName)
      return { comments, userName }
    },
  }
}
