import { t } from '@shared/i18n/i18n'
import { TEAM_PROTOCOL_VERSION } from '@shared/team/teamProtocol'
import { AppError } from '../errors/AppError'

/** What the server says about itself. */
export interface TeamServerInfo {
  name: string
  protocol: number
}

/** The http(s) base of a ws(s) team address. */
export function httpBase(wsUrl: string): string {
  return wsUrl.replace(/^ws/, 'http')
}

async function call(fetcher: typeof fetch, url: string, init?: RequestInit): Promise<Response> {
  try {
    return await fetcher(url, { ...init, signal: AbortSignal.timeout(15_000) })
  } catch (cause) {
    const host = new URL(url).host
    throw new AppError('io', t('teamShared.nothingAnswers', { host }), { cause })
  }
}

/**
 * Asks `wsUrl` whether it is a Copydesk team server speaking this app's protocol; throws an
 * AppError that says what is wrong (wrong address, another kind of server, too old or too new).
 */
export async function fetchTeamServerInfo(
  fetcher: typeof fetch,
  wsUrl: string,
): Promise<TeamServerInfo> {
  const response = await call(fetcher, `${httpBase(wsUrl)}/api/info`)
  const body = (await response.json().catch(() => null)) as Record<string, unknown> | null
  if (!response.ok || body?.product !== 'copydesk-server') {
    throw new AppError('refused', t('teamShared.notATeamServer', { host: new URL(wsUrl).host }))
  }
  const protocol = Number(body.protocol)
  if (protocol < TEAM_PROTOCOL_VERSION) {
    throw new AppError('refused', t('teamShared.serverOlder'))
  }
  if (protocol > TEAM_PROTOCOL_VERSION) {
    throw new AppError('refused', t('teamShared.serverNewer'))
  }
  return { name: String(body.name ?? t('teamMain.unnamedTeam')), protocol }
}

/** The member an invite made, and its token. */
export interface RedeemedInvite {
  token: string
  member: { id: string; name: string; role: string }
}

/** Exchanges an invite code for a token; throws an AppError with the server's reason. */
export async function redeemTeamInvite(
  fetcher: typeof fetch,
  wsUrl: string,
  code: string,
  name: string,
): Promise<RedeemedInvite> {
  const response = await call(fetcher, `${httpBase(wsUrl)}/api/redeem`, {
    method: 'POST',
    headers: { 'Content-Type': 'application/json' },
    body: JSON.stringify({ code, name, protocol: TEAM_PROTOCOL_VERSION }),
  })
  const body = (await response.json().catch(() => null)) as Partial<RedeemedInvite> & {
    error?: string
  }
  if (!response.ok || !body?.token || !body.member) {
    throw new AppError('refused', body?.error ?? t('teamShared.inviteRefused'))
  }
  return { token: body.token, member: body.member }
}

/** One article of the team's list. */
export interface TeamArticleEntry {
  id: string
  title: string
  status: string
}

/** The team's articles, as the server lists them. */
export async function listTeamArticles(
  fetcher: typeof fetch,
  wsUrl: string,
  token: string,
): Promise<TeamArticleEntry[]> {
  const response = await call(fetcher, `${httpBase(wsUrl)}/api/articles`, {
    headers: { Authorization: `Bearer ${token}` },
  })
  const body = (await response.json().catch(() => null)) as {
    articles?: TeamArticleEntry[]
    error?: string
  } | null
  if (!response.ok || !Array.isArray(body?.articles)) {
    throw new AppError('refused', body?.error ?? t('teamShared.listRefused'))
  }
  return body.articles
}

/**
 * Takes (`POST`) or gives back (`DELETE`) an article's publish lock; throws an AppError with the
 * server's reason (who is publishing it, or that this member may not publish).
 */
export async function callPublishLock(
  fetcher: typeof fetch,
  wsUrl: string,
  token: string,
  articleId: string,
  method: 'POST' | 'DELETE',
): Promise<void> {
  const response = await call(
    fetcher,
    `${httpBase(wsUrl)}/api/articles/${encodeURIComponent(articleId)}/publish-lock`,
    { method, headers: { Authorization: `Bearer ${token}` } },
  )
  if (response.ok) return
  // The server's own words are English; its answer's status says which refusal it is.
  if (response.status === 409) {
    const body = (await response.json().catch(() => null)) as { holder?: unknown } | null
    const holder = typeof body?.holder === 'string' ? body.holder.trim() : ''
    throw new AppError(
      'conflict',
      holder ? t('teamMain.holderPublishing', { name: holder }) : t('teamMain.someonePublishing'),
    )
  }
  if (response.status === 403) throw new AppError('refused', t('teamMain.mayNotPublish'))
  throw new AppError('refused', t('teamMain.lockNoAnswer'))
}
