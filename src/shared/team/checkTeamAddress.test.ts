import { describe, expect, it } from 'vitest'
import { checkTeamAddress } from './checkTeamAddress'

describe('checkTeamAddress', () => {
  it('assumes wss:// and turns https:// into wss://', () => {
    expect(checkTeamAddress('team.example.org')).toEqual({
      ok: true,
      url: 'wss://team.example.org',
      secure: true,
    })
    expect(checkTeamAddress('https://team.example.org/')).toMatchObject({
      url: 'wss://team.example.org',
    })
  })

  it('allows ws:// to this computer only, unless confirmed', () => {
    expect(checkTeamAddress('ws://127.0.0.1:8787')).toMatchObject({ ok: true })
    expect(checkTeamAddress('ws://localhost:8787')).toMatchObject({ ok: true })
    const remote = checkTeamAddress('ws://team.example.org')
    expect(remote).toMatchObject({ ok: false, needsConfirmation: true })
    expect(remote.ok ? '' : remote.message).toMatch(/without encryption/)
    expect(checkTeamAddress('ws://team.example.org', true)).toMatchObject({
      ok: true,
      secure: false,
    })
  })

  it('says plainly when the address is not one', () => {
    expect(checkTeamAddress('ftp://x')).toMatchObject({ ok: false, needsConfirmation: false })
    expect(checkTeamAddress('wss://')).toMatchObject({ ok: false })
  })
})
