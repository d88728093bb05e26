import { mkdtemp, rm } from 'node:fs/promises'
import { tmpdir } from 'node:os'
import { join, resolve } from 'node:path'
import { _electron, type ElectronApplication, type Page } from 'playwright-core'
import { afterAll, beforeAll, describe, expect, it } from 'vitest'
import type { CopydeskApi } from '../../src/shared/ipc/contract'
import { electronBinary } from './electronBinary'

const REPO_ROOT = resolve(import.meta.dirname, '../..')
const binary = electronBinary()
const editor = '[data-testid=editor] .ProseMirror'

if (!binary) {
  console.log(
    'Electron smoke suite skipped: the Electron binary is not installed on this machine ' +
      '(see `npm start` for how to get it). The browser harness suites cover the same app.',
  )
}

/** Starts the built app with its own user-data folder, so the real profile is never touched. */
async function launch(userData: string): Promise<{ app: ElectronApplication; page: Page }> {
  const app = await _electron.launch({
    executablePath: binary ?? '',
    args: ['.', `--user-data-dir=${userData}`],
    cwd: REPO_ROOT,
    env: { ...process.env, COPYDESK_USER_DATA: userData, ELECTRON_RENDERER_URL: '' },
  })
  const page = await app.firstWindow()
  await page.waitForLoadState('domcontentloaded')
  return { app, page }
}

const suite = binary ? describe : describe.skip
const name = binary
  ? 'Electron smoke'
  : 'Electron smoke (skipped: Electron binary not installed on this machine)'

suite(name, () => {
  let userData = ''
  let id = ''

  beforeAll(async () => {
    userData = await mkdtemp(join(tmpdir(), 'copydesk-electron-'))
  })
  afterAll(async () => {
    if (userData) await rm(userData, { recursive: true, force: true })
  })

  it('serves the app from copydesk://app with the bridge and no Node access', async () => {
    const { app, page } = await launch(userData)
    try {
      expect(page.url()).toBe('copydesk://app/index.html')
      const probe = await page.evaluate(() => ({
        bridge: typeof (window as unknown as { copydesk?: CopydeskApi }).copydesk?.articles?.list,
        require: typeof (window as unknown as { require?: unknown }).require,
        process: typeof (window as unknown as { process?: unknown }).process,
      }))
      expect(probe).toEqual({ bridge: 'function', require: 'undefined', process: 'undefined' })
    } finally {
      await app.close()
    }
  })

  it('creates an article that is still there after a restart', async () => {
    const first = await launch(userData)
    try {
      // A first run asks for the person's name before anything else.
      await first.page.fill('[data-testid=name-input]', 'Sam Writer')
      await first.page.keyboard.press('Enter')
      await first.page.click('[data-testid=new-article]')
      await first.page.fill('[data-testid=title-input]', 'Launch notes')
      await first.page.click(editor)
      await first.page.keyboard.type('Written in the Electron app.')
      await first.page.waitForFunction(
        () => document.querySelector('[data-testid=save-state]')?.textContent?.trim() === 'Saved',
        undefined,
        { timeout: 10_000 },
      )
      id =
        (await first.page.locator('[data-testid=article-row]').first().getAttribute('data-id')) ??
        ''
      expect(id).not.toBe('')
    } finally {
      await first.app.close()
    }

    const second = await launch(userData)
    try {
      await second.page.click(`[data-testid=article-row][data-id="${id}"]`)
      await second.page.waitForSelector(editor)
      expect(await second.page.inputValue('[data-testid=title-input]')).toBe('Launch notes')
      expect(await second.page.textContent(editor)).toContain('Written in the Electron app.')
    } finally {
      await second.app.close()
    }
  })
})
