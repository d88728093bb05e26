import type { ChannelService, ParsedInput } from '@shared/ipc/ChannelService'
import type { TeamView } from '@shared/ipc/channels/team'
import type { Services } from '../../createServices'
import { LibraryPaths } from '../../library/LibraryPaths'
import { TeamService, type TeamConnection } from '../../team/TeamService'

function viewOf(connection: TeamConnection | null): TeamView {
  return {
    connected: connection !== null,
    url: connection?.url ?? null,
    teamName: connection?.teamName ?? null,
    memberName: connection?.member.name ?? null,
    role: connection?.member.role ?? null,
  }
}

/** The `team` channels: the open library's team, one TeamService per library folder. */
export class TeamChannel implements ChannelService<'team'> {
  private current: { root: string; team: TeamService } | null = null

  constructor(private readonly services: Services) {}

  private team(): TeamService {
    const root = this.services.library.info().path
    if (this.current?.root !== root) {
      void this.current?.team.close()
      const paths = new LibraryPaths(root)
      this.current = { root, team: new TeamService({ paths, secrets: this.services.secrets }) }
    }
    return this.current.team
  }

  async view(): Promise<TeamView> {
    return viewOf(await this.team().connection())
  }

  async connect(input: ParsedInput<'team', 'connect'>): Promise<TeamView> {
    const name = input.name.trim() || this.services.userName()
    return viewOf(await this.team().connect({ ...input, name }))
  }
}
