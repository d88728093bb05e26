import { t } from '../i18n/i18n'
/** What {@link checkTeamAddress} decided. */
export type TeamAddressCheck =
  | { ok: true; url: string; secure: boolean }
  | { ok: false; needsConfirmation: boolean; message: string }

const LOOPBACK = /^(localhost|127(\.\d{1,3}){3}|\[::1\])$/i

/**
 * Checks a team server address as typed ("team.example.org", "https://…", "ws://127.0.0.1:8787")
 * and gives the WebSocket URL to use. Without a scheme, `wss://` is assumed. Plain `ws://` to
 * anything but this computer sends every word unencrypted, so it is refused unless the person
 * confirmed it (`allowInsecure`).
 */
export function checkTeamAddress(input: string, allowInsecure = false): TeamAddressCheck {
  const typed = input.trim()
  const withScheme = /^[a-z][a-z0-9+.-]*:\/\//i.test(typed) ? typed : `wss://${typed}`
  let url: URL
  try {
    url = new URL(withScheme.replace(/^http(s?):/i, 'ws$1:'))
  } catch {
    return { ok: false, needsConfirmation: false, message: t('teamShared.notAnAddress', { typed }) }
  }
  if (url.protocol !== 'ws:' && url.protocol !== 'wss:') {
    return { ok: false, needsConfirmation: false, message: t('teamShared.useWss') }
  }
  const secure = url.protocol === 'wss:'
  if (!secure && !LOOPBACK.test(url.hostname) && !allowInsecure) {
    return {
      ok: false,
      needsConfirmation: true,
      message: t('teamShared.unencrypted', { host: url.host }),
    }
  }
  const path = url.pathname.replace(/\/+$/, '')
  return { ok: true, url: `${url.protocol}//${url.host}${path}`, secure }
}
