import { mkdtempSync, rmSync, writeFileSync } from 'node:fs'
import { tmpdir } from 'node:os'
import { join } from 'node:path'
import { afterEach, beforeEach, describe, expect, it } from 'vitest'
import * as Y from 'yjs'
import { applyLanguage } from '@shared/i18n/i18n'
import { ARTICLE_DOC_ROOTS } from '@shared/team/ArticleDocRoot'
import { decodeBase64, encodeBase64 } from '@shared/team/base64'
import { LibraryPaths } from '../library/LibraryPaths'
import { newArticleFile } from '../library/newArticleFile'
import { MemorySecretStore } from '../secrets/SecretStore'
import { LiveTeamArticles } from './LiveTeamArticles'
import { TeamService } from './TeamService'

const ID = 'shared-article'

let libraryDir: string
let team: TeamService
let live: LiveTeamArticles
/** Sessions TeamService handed out and nobody closed yet. */
let openSessions: number

/** Joins a team whose server is not running (offline first: everything still works). */
function joinAs(role: string): void {
  const connection = {
    url: 'ws://127.0.0.1:9',
    teamName: 'T',
    member: { id: 'm1', name: 'Ada', role },
  }
  writeFileSync(join(libraryDir, 'team.json'), JSON.stringify(connection))
}

beforeEach(async () => {
  libraryDir = mkdtempSync(join(tmpdir(), 'copydesk-live-team-'))
  joinAs('writer')
  team = new TeamService({ paths: new LibraryPaths(libraryDir), secrets: new MemorySecretStore() })
  await team.moveIntoTeam(newArticleFile(ID, 'Shared', new Date()))
  openSessions = 0
  const openArticle = team.openArticle.bind(team)
  team.openArticle = async (id) => {
    const session = await openArticle(id)
    openSessions += 1
    let closed = false
    return {
      ...session,
      close: async () => {
        if (!closed) openSessions -= 1
        closed = true
        await session.close()
      },
    }
  }
  live = new LiveTeamArticles(() => team)
})

afterEach(async () => {
  applyLanguage('en', ['en-US'])
  await live.closeAll()
  await team.close()
  rmSync(libraryDir, { recursive: true, force: true })
})

/** What the window's editor would send after typing a paragraph into its replica. */
async function typedParagraph(text: string): Promise<string> {
  const replica = new Y.Doc()
  Y.applyUpdate(replica, decodeBase64((await live.openArticle(ID)).state))
  let update: Uint8Array | null = null
  replica.on('update', (bytes: Uint8Array) => (update = bytes))
  const paragraph = new Y.XmlElement('paragraph')
  paragraph.insert(0, [new Y.XmlText(text)])
  replica.getXmlFragment(ARTICLE_DOC_ROOTS.body).push([paragraph])
  return encodeBase64(update ?? new Uint8Array())
}

async function bodyOnDisk(): Promise<string> {
  const session = await team.openArticle(ID)
  try {
    return session.doc.getXmlFragment(ARTICLE_DOC_ROOTS.body).toString()
  } finally {
    await session.close()
  }
}

describe('LiveTeamArticles', () => {
  it('shares one session between the editor and the comments opening together', async () => {
    await Promise.all([live.openArticle(ID), live.comments(ID)])
    await live.close(ID)
    expect(openSessions).toBe(0)
  })

  it('leaves no session open when details are saved after the window closed the article', async () => {
    await live.openArticle(ID)
    await live.close(ID)
    await live.saveDetails({ id: ID, meta: { title: 'Renamed' } }, 'Ada')
    await live.comments(ID)
    expect(openSessions).toBe(0)
  })

  it('shows a member who gave no name to the others as “Ich” in German', async () => {
    applyLanguage('de', ['de-DE'])
    const connection = {
      url: 'ws://127.0.0.1:9',
      teamName: 'T',
      member: { id: 'm1', name: '', role: 'writer' },
    }
    writeFileSync(join(libraryDir, 'team.json'), JSON.stringify(connection))
    const sessions: Awaited<ReturnType<TeamService['openArticle']>>[] = []
    const openArticle = team.openArticle.bind(team)
    team.openArticle = async (id) => {
      const session = await openArticle(id)
      sessions.push(session)
      return session
    }
    await live.openArticle(ID)
    expect(sessions[0]?.awareness.getLocalState()).toMatchObject({ user: { name: 'Ich' } })
  })

  it('takes a writer’s typing', async () => {
    await live.push(ID, await typedParagraph('Written by the writer.'), undefined)
    expect(await bodyOnDisk()).toContain('Written by the writer.')
  })

  it('refuses a reviewer’s typing before it reaches the copy on disk, and says why', async () => {
    joinAs('reviewer')
    const update = await typedParagraph('Typed by the reviewer.')
    await expect(live.push(ID, update, undefined)).rejects.toThrow(
      'A reviewer can comment on the text but not change it.',
    )
    expect(await bodyOnDisk()).not.toContain('Typed by the reviewer.')
  })
})
