import { mkdtemp, rm, writeFile } from 'node:fs/promises'
import { tmpdir } from 'node:os'
import { join } from 'node:path'
import { afterEach, beforeEach, describe, expect, it } from 'vitest'
import { SavedFiles } from './SavedFiles'

describe('SavedFiles', () => {
  let dir = ''
  const opened: string[] = []
  const shown: string[] = []
  const files = () =>
    new SavedFiles({
      openFile: async (path) => void opened.push(path),
      showInFolder: (path) => void shown.push(path),
    })

  beforeEach(async () => {
    dir = await mkdtemp(join(tmpdir(), 'copydesk-saved-'))
    opened.length = 0
    shown.length = 0
  })
  afterEach(() => rm(dir, { recursive: true, force: true }))

  it('opens and shows a file the person saved', async () => {
    const saved = files()
    const path = join(dir, 'report.pdf')
    await writeFile(path, 'pdf')
    saved.remember(path)
    await saved.open(path)
    await saved.show(join(dir, '.', 'report.pdf'))
    expect({ opened, shown }).toEqual({ opened: [path], shown: [path] })
  })

  it('refuses any other file, also one that names a saved file through ..', async () => {
    const saved = files()
    const path = join(dir, 'report.pdf')
    await writeFile(path, 'pdf')
    await writeFile(join(dir, 'secret.txt'), 'no')
    saved.remember(path)
    await expect(saved.open(join(dir, 'secret.txt'))).rejects.toMatchObject({ code: 'forbidden' })
    await expect(saved.show(join(dir, 'x', '..', 'secret.txt'))).rejects.toMatchObject({
      code: 'forbidden',
    })
    expect({ opened, shown }).toEqual({ opened: [], shown: [] })
  })

  it('says so when the saved file was moved away', async () => {
    const saved = files()
    const path = join(dir, 'gone.html')
    saved.remember(path)
    await expect(saved.open(path)).rejects.toMatchObject({
      code: 'not_found',
      message: expect.stringContaining('no longer there'),
    })
  })
})
