import { createReadStream } from 'node:fs'
import { stat } from 'node:fs/promises'
import { Readable } from 'node:stream'
import { protocol, type Session } from 'electron'
import { resolveAppRequest, type AppRequestSources } from '../serving/resolveAppRequest'

/** The scheme the renderer is served from; pages never load from file://. */
export const APP_SCHEME = 'copydesk'
export const APP_HOST = 'app'
export const APP_ORIGIN = `${APP_SCHEME}://${APP_HOST}`
export const APP_ENTRY_URL = `${APP_ORIGIN}/index.html`

/**
 * Declares the scheme before the app is ready: standard (real origin, relative URLs), secure
 * (a secure context, like https), and allowed to use fetch.
 */
export function registerAppScheme(): void {
  protocol.registerSchemesAsPrivileged([
    {
      scheme: APP_SCHEME,
      privileges: { standard: true, secure: true, supportFetchAPI: true, codeCache: true },
    },
  ])
}

/** Serves the built renderer and `/media/<articleId>/<name>` on `copydesk://app`. */
export function handleAppProtocol(session: Session, sources: () => AppRequestSources): void {
  session.protocol.handle(APP_SCHEME, async (request) => {
    const url = new URL(request.url)
    if (url.host !== APP_HOST) return new Response('Not found', { status: 404 })
    const answer = resolveAppRequest(request.method, url.pathname, sources())
    if (answer.kind === 'error') {
      return new Response(null, { status: answer.status, headers: answer.headers })
    }
    const info = await stat(answer.filePath).catch(() => null)
    if (!info?.isFile()) return new Response('Not found', { status: 404 })
    const headers = { ...answer.headers, 'Content-Length': String(info.size) }
    if (request.method === 'HEAD') return new Response(null, { status: 200, headers })
    const body = Readable.toWeb(createReadStream(answer.filePath)) as unknown as BodyInit
    return new Response(body, { status: 200, headers })
  })
}
