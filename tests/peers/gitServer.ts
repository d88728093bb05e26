import { execFileSync, spawn } from 'node:child_process'
import { mkdirSync, mkdtempSync, rmSync, writeFileSync } from 'node:fs'
import { createServer, type IncomingMessage, type Server, type ServerResponse } from 'node:http'
import type { AddressInfo, Socket } from 'node:net'
import { tmpdir } from 'node:os'
import { dirname, join } from 'node:path'

/** Someone the server lets in: `password` is the access token; `write: false` may only read. */
export interface GitUser {
  username: string
  password: string
  write?: boolean
}

export interface GitServer {
  /** `http://127.0.0.1:<port>` */
  origin: string
  /** Folder holding the bare repositories. */
  root: string
  /** The clone URL of a repository under `root`, e.g. `url('site.git')`. */
  url(name: string): string
  /** Stops answering (connections refused) but keeps the port and the repositories. */
  stop(): Promise<void>
  /** Answers again on the same port. */
  start(): Promise<void>
  /** Stops and deletes everything. */
  close(): Promise<void>
  /** How many pushes (receive-pack POSTs) the server accepted. */
  pushes(): number
}

function checkUser(header: string | undefined, users: GitUser[]): GitUser | null {
  if (!header?.startsWith('Basic ')) return null
  const decoded = Buffer.from(header.slice(6), 'base64').toString('utf8')
  const colon = decoded.indexOf(':')
  const username = decoded.slice(0, colon)
  const password = decoded.slice(colon + 1)
  return users.find((u) => u.username === username && u.password === password) ?? null
}

/** Runs `git http-backend` as a CGI for one request, streaming the body both ways. */
function runBackend(
  root: string,
  user: GitUser,
  req: IncomingMessage,
  res: ServerResponse,
  onPush: () => void,
): void {
  const url = new URL(req.url ?? '/', 'http://127.0.0.1')
  const env: NodeJS.ProcessEnv = {
    PATH: process.env.PATH,
    GIT_PROJECT_ROOT: root,
    GIT_HTTP_EXPORT_ALL: '1',
    REQUEST_METHOD: req.method ?? 'GET',
    PATH_INFO: decodeURIComponent(url.pathname),
    QUERY_STRING: url.search.slice(1),
    CONTENT_TYPE: req.headers['content-type'] ?? '',
    REMOTE_USER: user.username,
    REMOTE_ADDR: '127.0.0.1',
    GIT_HTTP_MAX_REQUEST_BUFFER: '100M',
  }
  for (const [name, value] of Object.entries(req.headers)) {
    if (typeof value === 'string') env[`HTTP_${name.toUpperCase().replace(/-/g, '_')}`] = value
  }
  const child = spawn('git', ['http-backend'], { env, stdio: ['pipe', 'pipe', 'ignore'] })
  req.pipe(child.stdin)
  child.stdin.on('error', () => undefined)
  let head = Buffer.alloc(0)
  let headersDone = false
  child.stdout.on('data', (chunk: Buffer) => {
    if (headersDone) {
      res.write(chunk)
      return
    }
    head = Buffer.concat([head, chunk])
    const end = head.indexOf('\r\n\r\n')
    if (end < 0) return
    headersDone = true
    let status = 200
    for (const line of head.subarray(0, end).toString('latin1').split('\r\n')) {
      const colon = line.indexOf(':')
      const name = line.slice(0, colon).trim()
      const value = line.slice(colon + 1).trim()
      if (name.toLowerCase() === 'status') status = Number.parseInt(value, 10)
      else res.setHeader(name, value)
    }
    res.statusCode = status
    res.write(head.subarray(end + 4))
  })
  child.on('close', (code) => {
    if (code === 0 && url.pathname.endsWith('/git-receive-pack')) onPush()
    if (!headersDone) res.statusCode = 500
    res.end()
  })
}

/**
 * A git smart-HTTP server on 127.0.0.1 (a free port) running `git http-backend` per request,
 * behind basic auth: 401 with `WWW-Authenticate` when credentials are missing or wrong, 403
 * for a push by a read-only user.
 */
export async function startGitServer(users: GitUser[]): Promise<GitServer> {
  const root = mkdtempSync(join(tmpdir(), 'copydesk-git-'))
  let pushCount = 0
  const sockets = new Set<Socket>()
  const handler = (req: IncomingMessage, res: ServerResponse) => {
    const user = checkUser(req.headers.authorization, users)
    if (user === null) {
      req.resume()
      res.writeHead(401, { 'WWW-Authenticate': 'Basic realm="git"', 'Content-Type': 'text/plain' })
      res.end('Authentication required')
      return
    }
    const pushing =
      req.url?.includes('service=git-receive-pack') || req.url?.includes('/git-receive-pack')
    if (pushing && user.write === false) {
      req.resume()
      res.writeHead(403, { 'Content-Type': 'text/plain' })
      res.end('Read-only access')
      return
    }
    runBackend(root, user, req, res, () => pushCount++)
  }
  let server: Server = createServer(handler)
  const listen = (port: number) =>
    new Promise<void>((resolve, reject) => {
      server = createServer(handler)
      server.on('connection', (socket) => {
        sockets.add(socket)
        socket.on('close', () => sockets.delete(socket))
      })
      server.once('error', reject)
      server.listen(port, '127.0.0.1', () => resolve())
    })
  await listen(0)
  const port = (server.address() as AddressInfo).port
  const origin = `http://127.0.0.1:${port}`
  let running = true
  const stop = async () => {
    if (!running) return
    running = false
    for (const socket of sockets) socket.destroy()
    await new Promise<void>((resolve) => server.close(() => resolve()))
  }
  return {
    origin,
    root,
    url: (name) => `${origin}/${name}`,
    stop,
    start: async () => {
      if (running) return
      await listen(port)
      running = true
    },
    close: async () => {
      await stop()
      rmSync(root, { recursive: true, force: true })
    },
    pushes: () => pushCount,
  }
}

function git(cwd: string, ...args: string[]): string {
  return execFileSync('git', args, {
    cwd,
    encoding: 'utf8',
    env: {
      ...process.env,
      GIT_AUTHOR_NAME: 'Site Admin',
      GIT_AUTHOR_EMAIL: 'admin@example.com',
      GIT_COMMITTER_NAME: 'Site Admin',
      GIT_COMMITTER_EMAIL: 'admin@example.com',
    },
  }).trim()
}

/** An empty bare repository `<root>/<name>` with `main` as its default branch. */
export function createBareRepo(server: GitServer, name: string): string {
  const path = join(server.root, name)
  execFileSync('git', ['init', '--quiet', '--bare', '-b', 'main', path])
  return path
}

/**
 * A bare repository holding `files` in one commit on `main` (written through a temporary
 * checkout with the system git; this is the site as its owners made it).
 */
export function seedRepo(server: GitServer, name: string, files: Record<string, string>): string {
  const bare = createBareRepo(server, name)
  const work = mkdtempSync(join(tmpdir(), 'copydesk-seed-'))
  try {
    git(work, 'init', '--quiet', '-b', 'main')
    for (const [path, text] of Object.entries(files)) {
      mkdirSync(dirname(join(work, path)), { recursive: true })
      writeFileSync(join(work, path), text)
    }
    git(work, 'add', '-A')
    git(work, 'commit', '--quiet', '-m', 'Site skeleton')
    git(work, 'push', '--quiet', bare, 'main')
  } finally {
    rmSync(work, { recursive: true, force: true })
  }
  return bare
}

/** A fresh system-git checkout of a bare repository (to inspect it or push as someone else). */
export function checkout(bare: string): string {
  const work = mkdtempSync(join(tmpdir(), 'copydesk-checkout-'))
  git(tmpdir(), 'clone', '--quiet', bare, work)
  git(work, 'config', 'user.name', 'Another Editor')
  git(work, 'config', 'user.email', 'editor@example.com')
  return work
}

/** Runs the system git in a checkout (tests only). */
export function gitIn(work: string, ...args: string[]): string {
  return git(work, ...args)
}
