/**
 * The version of the conversation between the app and the team server (article model, HTTP
 * API, roles). The server refuses a client of another version with a message saying which side
 * to update.
 */
export const TEAM_PROTOCOL_VERSION = 1

/** WebSocket close codes the team server uses, so the app can say what went wrong. */
export const TEAM_CLOSE_CODES = {
  /** The token is unknown, expired or revoked. */
  unauthorized: 4401,
  /** The member's role does not allow that change. */
  forbidden: 4403,
  /** The update could not be read, or is too large. */
  badUpdate: 4400,
  /** The app and the server speak different protocol versions. */
  versionMismatch: 4426,
} as const
