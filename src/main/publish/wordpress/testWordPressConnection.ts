import type { ConnectionReport } from '@shared/publish/Publish'
import { PublishError } from '../PublishError'
import type { WordPressClient } from './WordPressClient'
import { decodeTermName } from './wordpressTerms'

interface RestIndex {
  name?: string
}

interface CurrentUser {
  name?: string
  username?: string
  roles?: string[]
  capabilities?: Record<string, boolean>
}

const ROLE_NAMES: Record<string, string> = {
  administrator: 'Administrator',
  editor: 'Editor',
  author: 'Author',
  contributor: 'Contributor',
  subscriber: 'Subscriber',
}

/**
 * Signs in and says, in one sentence, where Copydesk is connected and as whom, or exactly what
 * stands in the way (not WordPress, API off, wrong password, a user who may not publish).
 */
export async function testWordPressConnection(client: WordPressClient): Promise<ConnectionReport> {
  try {
    await client.discover()
    const { data: index } = await client.get<RestIndex>('/', { action: 'read the site' })
    const { data: user } = await client.get<CurrentUser>('/wp/v2/users/me', {
      action: 'sign in',
      query: { context: 'edit' },
    })
    const site = decodeTermName(index.name ?? '') || client.host
    const who = user.name || user.username || 'this user'
    const role = ROLE_NAMES[user.roles?.[0] ?? ''] ?? user.roles?.[0]
    const as = role ? `${who} (${role})` : who
    const can = user.capabilities ?? {}
    if (!can.publish_posts) {
      return {
        ok: false,
        message: `Connected to “${site}” as ${as}, but this user may not publish posts. Ask the site's administrator for the Author or Editor role.`,
      }
    }
    if (!can.upload_files) {
      return {
        ok: false,
        message: `Connected to “${site}” as ${as}, but this user may not upload images.`,
      }
    }
    const note = can.manage_categories
      ? ''
      : ' New categories must be added on the site by an editor.'
    return { ok: true, message: `Connected to “${site}” as ${as}.${note}` }
  } catch (error) {
    if (error instanceof PublishError) return { ok: false, message: error.message }
    throw error
  }
}
