import { mkdtempSync, rmSync } from 'node:fs'
import { tmpdir } from 'node:os'
import { join } from 'node:path'
import { afterEach, describe, expect, it } from 'vitest'
import { SqliteTeamDirectory } from './SqliteTeamDirectory'
import { TeamMembers } from './TeamMembers'

const dirs: string[] = []
afterEach(() => {
  for (const dir of dirs.splice(0)) rmSync(dir, { recursive: true, force: true })
})

function membersAt(clock: { now: Date }) {
  const dir = mkdtempSync(join(tmpdir(), 'copydesk-members-'))
  dirs.push(dir)
  return new TeamMembers(new SqliteTeamDirectory(join(dir, 'team.sqlite')), () => clock.now)
}

describe('TeamMembers', () => {
  it('refuses an expired invite with a message saying so', async () => {
    const clock = { now: new Date('2026-12-04T10:00:00Z') }
    const members = membersAt(clock)
    const { code } = await members.invite('writer', 'admin', 60_000)
    clock.now = new Date('2026-12-04T10:02:00Z')
    await expect(members.redeem(code, 'Late')).rejects.toThrow(/expired/)
  })

  it('gives a token that authenticates until the member is revoked', async () => {
    const members = membersAt({ now: new Date('2026-12-04T10:00:00Z') })
    const { code } = await members.invite('reviewer', 'admin')
    const { member, token } = await members.redeem(code, 'Rae')
    expect((await members.authenticate(token))?.role).toBe('reviewer')
    await members.revoke(member.id)
    expect(await members.authenticate(token)).toBeNull()
  })
})
