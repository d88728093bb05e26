import { act } from 'react'
import { createRoot, type Root } from 'react-dom/client'
import { afterEach, beforeEach, describe, expect, it } from 'vitest'
import { i18n } from '@shared/i18n/i18n'
import type { TeamView } from '@shared/ipc/channels/team'
import { TeamSettings } from './TeamSettings'

declare global {
  var IS_REACT_ACT_ENVIRONMENT: boolean | undefined
}
globalThis.IS_REACT_ACT_ENVIRONMENT = true

const joined: TeamView = {
  connected: true,
  url: 'wss://team.example.org',
  teamName: 'Harbour Desk',
  memberName: 'Alex Morgan',
  role: 'reviewer',
}

let container: HTMLDivElement
let root: Root

beforeEach(() => {
  ;(window as unknown as { copydesk: unknown }).copydesk = {
    team: { view: async () => ({ ok: true, value: joined }) },
  }
  container = document.createElement('div')
  document.body.append(container)
  root = createRoot(container)
})

afterEach(async () => {
  act(() => root.unmount())
  container.remove()
  await i18n.changeLanguage('en')
})

async function renderJoined(): Promise<string> {
  await act(async () => {
    root.render(<TeamSettings userName="Alex Morgan" />)
  })
  const connected = container.querySelector('[data-testid=team-connected] p')
  return connected?.innerHTML ?? ''
}

describe('Settings → Team once joined', () => {
  it('names the team, the member and the role in English', async () => {
    expect(await renderJoined()).toBe(
      'This library belongs to <strong>Harbour Desk</strong> (wss://team.example.org). You are <strong>Alex Morgan</strong>, reviewer.',
    )
  })

  it('names them in German, the role included', async () => {
    await i18n.changeLanguage('de')
    expect(await renderJoined()).toBe(
      'Diese Bibliothek gehört zu <strong>Harbour Desk</strong> (wss://team.example.org). Sie sind <strong>Alex Morgan</strong>, Prüfer/in.',
    )
  })
})
