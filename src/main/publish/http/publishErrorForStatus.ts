import { PublishError } from '../PublishError'

/**
 * The PublishError for an HTTP answer that was not a success, in words for people. `site`
 * names the other side as a person knows it ("the site", "WordPress at news.example.com").
 */
export function publishErrorForStatus(status: number, site: string): PublishError {
  if (status === 401) {
    return new PublishError(
      'auth',
      `${capitalize(site)} did not accept the saved password or key. Check it in Settings → Sites.`,
    )
  }
  if (status === 403) {
    return new PublishError(
      'auth',
      `${capitalize(site)} refused: the saved account is not allowed to do this.`,
    )
  }
  if (status === 404 || status === 410) {
    return new PublishError(
      'not-found',
      `${capitalize(site)} has nothing at that address. Check the address in Settings → Sites.`,
    )
  }
  if (status === 413) {
    return new PublishError(
      'too-large',
      `${capitalize(site)} refused the article because it is too large; try smaller images.`,
    )
  }
  if (status === 408 || status === 504) {
    return new PublishError('timeout', `${capitalize(site)} took too long to answer.`)
  }
  if (status === 409) {
    return new PublishError('conflict', `${capitalize(site)} holds a newer version of this post.`)
  }
  if (status === 429) {
    return new PublishError('server', `${capitalize(site)} is busy; Copydesk will try again.`)
  }
  if (status >= 500) {
    return new PublishError(
      'server',
      `${capitalize(site)} had a problem (error ${status}); Copydesk will try again.`,
    )
  }
  return new PublishError('refused', `${capitalize(site)} refused the request (error ${status}).`)
}

function capitalize(text: string): string {
  return text.charAt(0).toUpperCase() + text.slice(1)
}
