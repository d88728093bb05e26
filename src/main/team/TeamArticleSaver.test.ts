import { execFileSync, spawnSync } from 'node:child_process'
import { mkdirSync, mkdtempSync, rmSync, writeFileSync } from 'node:fs'
import { tmpdir } from 'node:os'
import { join } from 'node:path'
import { afterEach, beforeEach, describe, expect, it } from 'vitest'
import * as Y from 'yjs'
import { ARTICLE_DOC_ROOTS } from '@shared/team/ArticleDocRoot'
import { LibraryPaths } from '../library/LibraryPaths'
import { newArticleFile } from '../library/newArticleFile'
import { MemorySecretStore } from '../secrets/SecretStore'
import { TeamService } from './TeamService'

const ID = 'kept-article'

/** A small real file system that can be made read-only needs root (mount); else this skips. */
function canMount(): boolean {
  return process.getuid?.() === 0 && spawnSync('mount', ['--version']).status === 0
}

let work: string
let disk: string

function teamIn(root: string): TeamService {
  return new TeamService({ paths: new LibraryPaths(root), secrets: new MemorySecretStore() })
}

function type(doc: Y.Doc, text: string): void {
  const paragraph = new Y.XmlElement('paragraph')
  paragraph.insert(0, [new Y.XmlText(text)])
  doc.getXmlFragment(ARTICLE_DOC_ROOTS.body).push([paragraph])
}

async function bodyOf(team: TeamService): Promise<string> {
  const session = await team.openArticle(ID)
  const body = session.doc.getXmlFragment(ARTICLE_DOC_ROOTS.body).toString()
  await session.close()
  return body
}

beforeEach(() => {
  work = mkdtempSync(join(tmpdir(), 'copydesk-team-saver-'))
  disk = join(work, 'disk')
  mkdirSync(disk)
  execFileSync('mount', ['-t', 'tmpfs', '-o', 'size=8m', 'tmpfs', disk])
})

afterEach(() => {
  spawnSync('umount', [disk])
  rmSync(work, { recursive: true, force: true })
})

describe.skipIf(!canMount())('a team article whose saves fail', () => {
  it('keeps what was typed through a close and reopen, and saves it once the disk is back', async () => {
    const root = join(disk, 'Library')
    mkdirSync(root)
    // Offline (nothing listens there): only the disk could keep the change.
    const team = {
      url: 'ws://127.0.0.1:9',
      teamName: 'T',
      member: { id: 'm', name: 'A', role: 'writer' },
    }
    writeFileSync(join(root, 'team.json'), JSON.stringify(team))
    const service = teamIn(root)
    await service.moveIntoTeam(newArticleFile(ID, 'Kept', new Date()))
    const session = await service.openArticle(ID)
    execFileSync('mount', ['-o', 'remount,ro', disk])
    type(session.doc, 'Typed on a read-only disk.')
    await expect(session.flush()).rejects.toThrow('read-only')
    await session.close()

    expect(await bodyOf(service)).toContain('Typed on a read-only disk.')

    execFileSync('mount', ['-o', 'remount,rw', disk])
    await new Promise((resolve) => setTimeout(resolve, 3000))
    await service.close()
    expect(await bodyOf(teamIn(root))).toContain('Typed on a read-only disk.')
  }, 20_000)
})
