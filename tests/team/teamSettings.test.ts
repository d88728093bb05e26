import { mkdtempSync, rmSync } from 'node:fs'
import { tmpdir } from 'node:os'
import { join, resolve } from 'node:path'
import { afterAll, beforeAll, expect, it } from 'vitest'
import { seriousViolations } from '../harness/seriousViolations'
import { startHarness, type Harness } from '../harness/startHarness'
import { startTeamServerProcess, type TeamServerProcess } from '../peers/startTeamServerProcess'
import { inviteAs, redeemInvite } from '../peers/teamClient'
import { freePort } from '../peers/wordpress'

const WAIT = { timeout: 30_000 }
const SHOTS = resolve(import.meta.dirname, '../../out/screenshots')

let dataDir: string
let server: TeamServerProcess
let harness: Harness

beforeAll(async () => {
  dataDir = mkdtempSync(join(tmpdir(), 'copydesk-team-'))
  server = await startTeamServerProcess(await freePort(), { COPYDESK_SERVER_DATA: dataDir })
  harness = await startHarness()
})

afterAll(async () => {
  await harness?.close()
  await server?.stop()
  rmSync(dataDir, { recursive: true, force: true })
})

it('joins a team from Settings → Team, after saying what is wrong with an address or invite', async () => {
  const { page } = harness
  const admin = await redeemInvite(server.httpUrl, server.firstInvite ?? '', 'Admin')
  await page.click('[data-testid=open-settings]')
  await page.click('[data-testid=settings-tab-team]')

  await page.fill('[data-testid=team-address]', 'ws://team.example.org')
  await page.waitForSelector('[data-testid=team-address-problem]', WAIT)
  expect(await page.textContent('[data-testid=team-address-problem]')).toMatch(/without encryption/)
  expect(await page.isDisabled('[data-testid=team-connect]')).toBe(true)
  await page.fill('[data-testid=team-invite]', 'cdi_example')
  for (const viewport of [
    { width: 1280, height: 800 },
    { width: 1440, height: 900 },
  ]) {
    await page.setViewportSize(viewport)
    await page.screenshot({ path: join(SHOTS, `team-settings-${viewport.width}.png`) })
  }
  expect(
    await seriousViolations(page, {
      include: '[data-testid=settings-dialog]',
      screen: 'Settings → Team',
    }),
  ).toEqual([])

  await page.fill('[data-testid=team-address]', server.url)
  await page.fill('[data-testid=team-invite]', 'cdi_wrong')
  await page.click('[data-testid=team-connect]')
  await page.waitForSelector('[data-testid=team-error]', WAIT)
  expect(await page.textContent('[data-testid=team-error]')).toMatch(/not known/)

  await page.fill('[data-testid=team-invite]', await inviteAs(server.httpUrl, admin, 'reviewer'))
  await page.click('[data-testid=team-connect]')
  await page.waitForSelector('[data-testid=team-connected]', WAIT)
  expect(await page.textContent('[data-testid=team-connected]')).toMatch(/reviewer/)
  await page.screenshot({ path: join(SHOTS, 'team-settings-connected.png') })
  expect(await harness.services.secrets.get('team.token')).toMatch(/^cdt_/)

  // The library shows Team beside On this computer at once, without a restart.
  await page.click('[data-testid=settings-dialog] .ui-modal-footer button')
  await page.waitForSelector('[data-testid=settings-dialog]', { state: 'detached', ...WAIT })
  await page.waitForSelector('[data-testid=library-place-team]', { timeout: 5000 })
})
