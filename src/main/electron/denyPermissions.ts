import type { Session } from 'electron'
import { isAppUrl } from '../security/isAppUrl'

/**
 * Refuses every web permission (camera, microphone, notifications, geolocation, …): an editor
 * needs none, and asking would only open doors. The one exception is writing plain text to the
 * clipboard from the app's own pages (`navigator.clipboard.writeText`, e.g. "copy link"), which
 * Chromium grants to any website anyway. Keyboard and menu copy/paste need no permission.
 */
export function denyPermissions(session: Session, appOrigins: readonly string[]): void {
  session.setPermissionRequestHandler((_contents, _permission, callback) => callback(false))
  session.setPermissionCheckHandler(
    (_contents, permission, requestingOrigin) =>
      permission === 'clipboard-sanitized-write' && isAppUrl(requestingOrigin, appOrigins),
  )
}
