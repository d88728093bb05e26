import { t } from '@shared/i18n/i18n'
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

const ROLES = ['administrator', 'editor', 'author', 'contributor', 'subscriber'] as const

/** A WordPress role as the site's own screens name it in the current language. */
function roleName(role: string | undefined): string | undefined {
  const known = ROLES.find((r) => r === role)
  return known ? t(`targetsMain.wordpress.roles.${known}`) : role
}

/**
 * Signs in and says, in one sentence, where Copydesk is connected and as whom, or exactly what
 * stands in the way (not WordPress, API off, wrong password, a user who may not publish).
 */
export async function testWordPressConnection(client: WordPressClient): Promise<ConnectionReport> {
  try {
    await client.discover()
    const { data: index } = await client.get<RestIndex>('/', { action: 'readSite' })
    const { data: user } = await client.get<CurrentUser>('/wp/v2/users/me', {
      action: 'signIn',
      query: { context: 'edit' },
    })
    const site = decodeTermName(index.name ?? '') || client.host
    const who = user.name || user.username || t('targetsMain.wordpress.test.thisUser')
    const role = roleName(user.roles?.[0])
    const as = role ? `${who} (${role})` : who
    const can = user.capabilities ?? {}
    if (!can.publish_posts) {
      return { ok: false, message: t('targetsMain.wordpress.test.mayNotPublish', { site, as }) }
    }
    if (!can.upload_files) {
      return { ok: false, message: t('targetsMain.wordpress.test.mayNotUpload', { site, as }) }
    }
    const message = can.manage_categories
      ? t('targetsMain.wordpress.test.connected', { site, as })
      : t('targetsMain.wordpress.test.connectedNoCategories', { site, as })
    return { ok: true, message }
  } catch (error) {
    if (error instanceof PublishError) return { ok: false, message: error.message }
    throw error
  }
}
