import { t } from '@shared/i18n/i18n'
import { createHash } from 'node:crypto'
import fs from 'node:fs'
import git, { type TreeEntry } from 'isomorphic-git'
import http from 'isomorphic-git/http/node'
import { PublishError } from '../PublishError'
import { gitFailure } from './gitFailure'

export interface RepoAccess {
  url: string
  branch: string
  username: string
  token: string | null
}

/** A file to write (its bytes) or to delete (null), by repository path. */
export type FileChanges = Map<string, Uint8Array | null>

export interface Author {
  name: string
  email: string
}

const REMOTE = 'origin'

function gitTreeOrder(a: TreeEntry, b: TreeEntry): number {
  // git sorts tree entries as if folder names ended with '/'.
  const ka = a.type === 'tree' ? `${a.path}/` : a.path
  const kb = b.type === 'tree' ? `${b.path}/` : b.path
  return ka < kb ? -1 : ka > kb ? 1 : 0
}

/**
 * The cached copy of one site's repository: a bare git folder holding what was fetched, and
 * the few operations publishing needs. Files are read and written as git objects, never
 * checked out, so a site of thousands of posts costs nothing on disk beyond its history.
 */
export class SiteRepo {
  /** Parsed pack files, shared by the calls of one publish. */
  private readonly cache = {}

  constructor(
    readonly gitdir: string,
    private readonly access: RepoAccess,
    private readonly signal?: AbortSignal,
  ) {}

  private get auth() {
    const token = this.access.token
    const username = this.access.username || 'git'
    // Sent up front to save a round trip per request; the callbacks answer a 401 all the same.
    const headers: Record<string, string> =
      token === null
        ? {}
        : { Authorization: `Basic ${Buffer.from(`${username}:${token}`).toString('base64')}` }
    return {
      headers,
      onAuth: () => (token === null ? { cancel: true } : { username, password: token }),
      // A token the server turned down once will not work on a second try: stop at once.
      onAuthFailure: () => ({ cancel: true }),
    }
  }

  private async run<T>(work: () => Promise<T>): Promise<T> {
    if (this.signal?.aborted) throw this.signal.reason
    try {
      return await work()
    } catch (error) {
      if (this.signal?.aborted) throw this.signal.reason
      throw gitFailure(error, this.access.token)
    }
  }

  /** Creates the cache folder on first use, pointing at the site's repository. */
  async open(): Promise<void> {
    const fresh = !fs.existsSync(`${this.gitdir}/config`)
    if (fresh) {
      await git.init({ fs, gitdir: this.gitdir, bare: true, defaultBranch: this.access.branch })
    }
    const remotes = await git.listRemotes({ fs, gitdir: this.gitdir })
    if (remotes.find((r) => r.remote === REMOTE)?.url !== this.access.url) {
      await git.addRemote({
        fs,
        gitdir: this.gitdir,
        remote: REMOTE,
        url: this.access.url,
        force: true,
      })
    }
  }

  /**
   * Fetches the branch and returns its head, or null when the repository is still empty.
   * Throws `not-found` when the repository has commits but not this branch. Asks the server
   * for its refs first: when the cache already holds the head, nothing is downloaded.
   */
  async fetch(): Promise<string | null> {
    const info = await this.run(() =>
      git.getRemoteInfo2({ http, url: this.access.url, protocolVersion: 1, ...this.auth }),
    )
    const refs = info.refs ?? []
    if (refs.length === 0) return null
    const head = refs.find((r) => r.ref === `refs/heads/${this.access.branch}`)?.oid
    if (head === undefined) {
      throw new PublishError(
        'not-found',
        t('targetsMain.git.noBranch', { branch: this.access.branch }),
      )
    }
    if (!(await this.hasCommit(head))) {
      await this.run(() =>
        git.fetch({
          fs,
          http,
          gitdir: this.gitdir,
          remote: REMOTE,
          ref: this.access.branch,
          singleBranch: true,
          tags: false,
          cache: this.cache,
          ...this.auth,
        }),
      )
    }
    await this.setRemoteHead(head)
    return head
  }

  private async hasCommit(oid: string): Promise<boolean> {
    try {
      await git.readCommit({ fs, gitdir: this.gitdir, oid, cache: this.cache })
      return true
    } catch {
      return false
    }
  }

  private async setRemoteHead(oid: string): Promise<void> {
    await git.writeRef({
      fs,
      gitdir: this.gitdir,
      ref: `refs/remotes/${REMOTE}/${this.access.branch}`,
      value: oid,
      force: true,
    })
  }

  /** Folder listings by `commit:path`; a commit never changes, so they stay true. */
  private readonly folders = new Map<string, Promise<TreeEntry[] | null>>()

  /** The entries of a folder at a commit, or null when it has no such folder. */
  folder(commit: string, path: string): Promise<TreeEntry[] | null> {
    const key = `${commit}:${path}`
    let listing = this.folders.get(key)
    if (listing === undefined) {
      listing = this.readFolder(commit, path)
      this.folders.set(key, listing)
    }
    return listing
  }

  private async readFolder(commit: string, path: string): Promise<TreeEntry[] | null> {
    try {
      const { tree } = await git.readTree({
        fs,
        gitdir: this.gitdir,
        oid: commit,
        filepath: path.replace(/\/$/, ''),
        cache: this.cache,
      })
      return tree
    } catch (error) {
      if ((error as { code?: string }).code === 'NotFoundError') return null
      throw error
    }
  }

  /** The blob id of a file at a commit, or null. */
  async blobAt(commit: string | null, path: string): Promise<string | null> {
    if (commit === null) return null
    const slash = path.lastIndexOf('/')
    const entries = await this.folder(commit, slash < 0 ? '' : path.slice(0, slash))
    const entry = entries?.find((e) => e.path === path.slice(slash + 1))
    return entry?.type === 'blob' ? entry.oid : null
  }

  async readText(blob: string): Promise<string> {
    const { blob: bytes } = await git.readBlob({
      fs,
      gitdir: this.gitdir,
      oid: blob,
      cache: this.cache,
    })
    return new TextDecoder().decode(bytes)
  }

  /** The blob id `bytes` would have, without storing anything. */
  static async hash(bytes: Uint8Array): Promise<string> {
    return createHash('sha1').update(`blob ${bytes.length}\0`).update(bytes).digest('hex')
  }

  /** Writes a commit on top of `parent` (null for a first commit) with `changes` applied. */
  async commit(
    parent: string | null,
    changes: FileChanges,
    message: string,
    author: Author,
  ): Promise<string> {
    const root =
      parent === null
        ? null
        : (await git.readCommit({ fs, gitdir: this.gitdir, oid: parent, cache: this.cache })).commit
            .tree
    const tree =
      (await this.writeTree(root, [...changes.entries()])) ??
      (await git.writeTree({ fs, gitdir: this.gitdir, tree: [] }))
    const now = Math.floor(Date.now() / 1000)
    const who = { ...author, timestamp: now, timezoneOffset: 0 }
    const oid = await git.writeCommit({
      fs,
      gitdir: this.gitdir,
      commit: {
        tree,
        parent: parent === null ? [] : [parent],
        author: who,
        committer: who,
        message,
      },
    })
    await git.writeRef({
      fs,
      gitdir: this.gitdir,
      ref: `refs/heads/${this.access.branch}`,
      value: oid,
      force: true,
    })
    return oid
  }

  /** Writes a folder's tree with `changes` applied; null when the folder ends up empty. */
  private async writeTree(
    tree: string | null,
    changes: [string, Uint8Array | null][],
  ): Promise<string | null> {
    const entries: TreeEntry[] =
      tree === null
        ? []
        : (await git.readTree({ fs, gitdir: this.gitdir, oid: tree, cache: this.cache })).tree
    const byName = new Map(entries.map((e) => [e.path, e]))
    const nested = new Map<string, [string, Uint8Array | null][]>()
    for (const [path, bytes] of changes) {
      const slash = path.indexOf('/')
      if (slash >= 0) {
        const dir = path.slice(0, slash)
        nested.set(dir, [...(nested.get(dir) ?? []), [path.slice(slash + 1), bytes]])
      } else if (bytes === null) {
        byName.delete(path)
      } else {
        const oid = await git.writeBlob({ fs, gitdir: this.gitdir, blob: bytes })
        byName.set(path, { mode: '100644', path, oid, type: 'blob' })
      }
    }
    for (const [dir, inner] of nested) {
      const existing = byName.get(dir)
      const sub = await this.writeTree(existing?.type === 'tree' ? existing.oid : null, inner)
      if (sub === null) byName.delete(dir)
      else byName.set(dir, { mode: '040000', path: dir, oid: sub, type: 'tree' })
    }
    if (byName.size === 0) return null
    return git.writeTree({ fs, gitdir: this.gitdir, tree: [...byName.values()].sort(gitTreeOrder) })
  }

  /**
   * Pushes the local branch. Returns false when the remote moved ahead meanwhile (never
   * forced), true once the remote holds our commit.
   */
  async push(commit: string): Promise<boolean> {
    try {
      const result = await git.push({
        fs,
        http,
        gitdir: this.gitdir,
        remote: REMOTE,
        ref: this.access.branch,
        remoteRef: this.access.branch,
        cache: this.cache,
        signal: this.signal,
        ...this.auth,
      })
      if (!result.ok) return false
    } catch (error) {
      const code = (error as { code?: string }).code
      if (code === 'PushRejectedError') return false
      if (this.signal?.aborted) throw this.signal.reason
      throw gitFailure(error, this.access.token)
    }
    await this.setRemoteHead(commit)
    return true
  }

  /** Checks what the server says about the token: may it read, and may it push? */
  async probe(forPush: boolean): Promise<string[]> {
    const info = await this.run(() =>
      git.getRemoteInfo2({ http, url: this.access.url, forPush, protocolVersion: 1, ...this.auth }),
    )
    return (info.refs ?? []).map((r) => r.ref)
  }
}
