/**
 * An error the server sends to the app as a WebSocket close or authentication refusal: `reason`
 * is the sentence a person reads, `code` one of TEAM_CLOSE_CODES.
 */
export class TeamRefusal extends Error {
  constructor(
    readonly code: number,
    readonly reason: string,
  ) {
    super(reason)
  }
}
