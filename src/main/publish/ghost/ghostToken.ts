import { t } from '@shared/i18n/i18n'
import { SignJWT } from 'jose'
import { PublishError } from '../PublishError'

/** An Admin API key as Ghost shows it: `<id>:<hex secret>`. */
export interface GhostAdminKey {
  id: string
  secret: Uint8Array
}

/** Splits and checks an admin key; the key itself never appears in the message. */
export function parseAdminKey(key: string): GhostAdminKey {
  const match = /^([0-9a-f]{24}):([0-9a-f]{64})$/i.exec(key.trim())
  if (!match?.[1] || !match[2]) {
    throw new PublishError('auth', t('targetsMain.ghost.badKey'))
  }
  return { id: match[1], secret: Uint8Array.from(Buffer.from(match[2], 'hex')) }
}

/**
 * A short-lived token for one request: HS256 with the key's id as `kid`, audience `/admin/`,
 * valid five minutes, as Ghost's Admin API expects in `Authorization: Ghost <token>`.
 */
export async function ghostToken(key: GhostAdminKey, now = new Date()): Promise<string> {
  const issuedAt = Math.floor(now.getTime() / 1000)
  return new SignJWT({})
    .setProtectedHeader({ alg: 'HS256', kid: key.id, typ: 'JWT' })
    .setIssuedAt(issuedAt)
    .setExpirationTime(issuedAt + 5 * 60)
    .setAudience('/admin/')
    .sign(key.secret)
}
