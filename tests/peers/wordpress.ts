import { spawn, spawnSync, type ChildProcess } from 'node:child_process'
import {
  closeSync,
  cpSync,
  existsSync,
  mkdirSync,
  mkdtempSync,
  openSync,
  readFileSync,
  readdirSync,
  rmSync,
  symlinkSync,
  writeFileSync,
} from 'node:fs'
import { connect, createServer } from 'node:net'
import { tmpdir } from 'node:os'
import { join } from 'node:path'

/*
 * A real WordPress on 127.0.0.1: Debian's wordpress package served by `php -S`, on a private
 * MariaDB (own datadir, socket only). Installs the Debian packages when they are missing.
 */

const WORDPRESS_DIR = '/usr/share/wordpress'
const APT_PACKAGES = [
  'wordpress',
  'wordpress-theme-twentytwentythree',
  'php-cli',
  'php-mysql',
  'php-curl',
  'php-xml',
  'php-mbstring',
  'php-gd',
  'php-zip',
  'php-intl',
  'mariadb-server',
]
const WAIT_MS = 30_000

export interface WordPressUser {
  username: string
  appPassword: string
}

export interface WordPressPeer {
  /** The site's address, with a trailing slash. */
  url: string
  title: string
  /** An administrator. */
  admin: WordPressUser
  /** A contributor: may write drafts, may neither publish nor upload. */
  contributor: WordPressUser
  /** Milliseconds from nothing to an installed site answering. */
  startMs: number
  /** Runs PHP with WordPress loaded and returns what it printed. */
  php(code: string): string
  /** Turns the REST API off (as "disable REST" plugins do) or back on. */
  setRestDisabled(disabled: boolean): void
  /**
   * The last lines of the server's logs: PHP's errors, WordPress's debug log, the request log
   * of `php -S` and MariaDB's log. For a failed test to say what the site went through.
   */
  diagnostics(): string
  stop(): Promise<void>
}

/** Installs the Debian packages WordPress needs, when they are missing (root only). */
export function ensureWordPressInstalled(): void {
  const has = (bin: string) => spawnSync('sh', ['-c', `command -v ${bin}`]).status === 0
  const phpHasMysqli = () =>
    has('php') &&
    spawnSync('php', ['-r', 'exit(function_exists("mysqli_connect")?0:1);']).status === 0
  if (existsSync(join(WORDPRESS_DIR, 'wp-load.php')) && has('mariadbd') && phpHasMysqli()) return
  if (process.getuid?.() !== 0) {
    throw new Error(`WordPress tests need: apt-get install ${APT_PACKAGES.join(' ')}`)
  }
  const env = { ...process.env, DEBIAN_FRONTEND: 'noninteractive' }
  const install = ['install', '-y', '-qq', '--no-install-recommends', ...APT_PACKAGES]
  if (spawnSync('apt-get', install, { env, stdio: 'inherit' }).status !== 0) {
    spawnSync('apt-get', ['update', '-qq'], { env, stdio: 'inherit' })
    if (spawnSync('apt-get', install, { env, stdio: 'inherit' }).status !== 0) {
      throw new Error('Could not install the WordPress packages')
    }
  }
}

/** A TCP port nobody listens on right now. */
export async function freePort(): Promise<number> {
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

async function waitFor(what: string, ready: () => Promise<boolean>, log: () => string) {
  const deadline = Date.now() + WAIT_MS
  while (Date.now() < deadline) {
    if (await ready()) return
    await new Promise((r) => setTimeout(r, 50))
  }
  throw new Error(`${what} did not start within ${WAIT_MS / 1000} s\n${log()}`)
}

function socketAnswers(target: string | number): Promise<boolean> {
  return new Promise((resolve) => {
    const socket = typeof target === 'number' ? connect(target, '127.0.0.1') : connect(target)
    socket.once('connect', () => {
      socket.destroy()
      resolve(true)
    })
    socket.once('error', () => resolve(false))
  })
}

function run(command: string, args: string[], options: { input?: string; cwd?: string } = {}) {
  const result = spawnSync(command, args, {
    input: options.input,
    cwd: options.cwd,
    encoding: 'utf8',
    timeout: WAIT_MS,
  })
  if (result.status !== 0) {
    throw new Error(`${command} failed (${result.status}): ${result.stderr}${result.stdout}`)
  }
  return result.stdout
}

/** Starts a detached process (its own process group) so stopping it takes its children too. */
function startGroup(command: string, args: string[], cwd: string, logFile: string): ChildProcess {
  const out = openSync(logFile, 'a')
  const child = spawn(command, args, {
    cwd,
    detached: true,
    stdio: ['ignore', out, out],
    env: { ...process.env, PHP_CLI_SERVER_WORKERS: '4' },
  })
  child.unref()
  closeSync(out)
  const pid = child.pid
  // If the test process dies without stop(), take the servers down with it.
  const killOnExit = () => {
    try {
      if (pid !== undefined) process.kill(-pid, 'SIGKILL')
    } catch {
      // already gone
    }
  }
  process.once('exit', killOnExit)
  child.once('exit', () => process.off('exit', killOnExit))
  return child
}

async function stopGroup(child: ChildProcess): Promise<void> {
  if (child.pid === undefined || child.exitCode !== null || child.signalCode !== null) return
  const exited = new Promise<void>((resolve) => child.once('exit', () => resolve()))
  try {
    process.kill(-child.pid, 'SIGTERM')
  } catch {
    return
  }
  let timer: NodeJS.Timeout | undefined
  const late = new Promise<'late'>((r) => (timer = setTimeout(() => r('late'), 10_000)))
  const outcome = await Promise.race([exited, late])
  clearTimeout(timer)
  if (outcome === 'late') {
    try {
      process.kill(-child.pid, 'SIGKILL')
    } catch {
      // already gone
    }
  }
}

const ROUTER = `<?php
$path = urldecode(parse_url($_SERVER['REQUEST_URI'], PHP_URL_PATH));
$file = __DIR__ . $path;
if ($path !== '/' && (is_file($file) || is_file(rtrim($file, '/') . '/index.php'))) {
  return false;
}
$_SERVER['SCRIPT_NAME'] = '/index.php';
$_SERVER['SCRIPT_FILENAME'] = __DIR__ . '/index.php';
require __DIR__ . '/index.php';
`

/** What "disable REST API" plugins do: no routes, no discovery link. */
const REST_SWITCH = `<?php
if (file_exists(__DIR__ . '/rest-disabled.flag')) {
  remove_action('init', 'rest_api_init');
  remove_action('parse_request', 'rest_api_loaded');
  remove_action('wp_head', 'rest_output_link_wp_head', 10);
  remove_action('template_redirect', 'rest_output_link_header', 11);
}
`

function wpConfig(url: string, socket: string, debugLog: string): string {
  return `<?php
define('DB_NAME', 'wordpress');
define('DB_USER', 'root');
define('DB_PASSWORD', '');
define('DB_HOST', 'localhost:${socket}');
define('DB_CHARSET', 'utf8mb4');
define('DB_COLLATE', '');
$table_prefix = 'wp_';
foreach (['AUTH_KEY','SECURE_AUTH_KEY','LOGGED_IN_KEY','NONCE_KEY','AUTH_SALT','SECURE_AUTH_SALT','LOGGED_IN_SALT','NONCE_SALT'] as $k) define($k, 'test-' . $k);
define('WP_HOME', '${url}');
define('WP_SITEURL', '${url}');
define('WP_ENVIRONMENT_TYPE', 'local');
define('WP_CONTENT_DIR', __DIR__ . '/wp-content');
define('WP_CONTENT_URL', '${url}wp-content');
define('DISABLE_WP_CRON', true);
define('WP_HTTP_BLOCK_EXTERNAL', true);
define('AUTOMATIC_UPDATER_DISABLED', true);
define('FS_METHOD', 'direct');
// Errors go to a log, never into an answer: a notice printed before JSON would break it.
define('WP_DEBUG', true);
define('WP_DEBUG_LOG', '${debugLog}');
define('WP_DEBUG_DISPLAY', false);
if (!defined('ABSPATH')) define('ABSPATH', __DIR__ . '/');
require_once ABSPATH . 'wp-settings.php';
`
}

const SETUP = `
$out = [];
foreach ([['admin', 1], ['writer', 0]] as [$name, $isAdmin]) {
  $id = $isAdmin ? 1 : wp_insert_user(['user_login' => $name, 'user_pass' => 'writer-pass-123', 'user_email' => 'writer@example.test', 'role' => 'contributor']);
  [$password] = WP_Application_Passwords::create_new_application_password($id, ['name' => 'tests']);
  $out[$name] = $password;
}
global $wp_rewrite;
$wp_rewrite->set_permalink_structure('/%postname%/');
flush_rewrite_rules();
echo json_encode($out);
`

const DIAGNOSTIC_LOGS: [file: string, title: string][] = [
  ['php-errors.log', 'PHP errors'],
  ['wp-debug.log', 'WordPress debug log'],
  ['php.log', 'php -S requests'],
  ['mariadb.log', 'MariaDB'],
]

/** The tail of each log the site writes, headed by its name; empty logs are left out. */
function diagnostics(dir: string, lines = 40): string {
  const parts: string[] = []
  for (const [file, title] of DIAGNOSTIC_LOGS) {
    const path = join(dir, file)
    if (!existsSync(path)) continue
    // Noise, left out: WordPress 6.1 on PHP 8.2 logs deprecations on every request, and
    // php -S every connection opened and closed.
    const kept = readFileSync(path, 'utf8')
      .trimEnd()
      .split('\n')
      .filter((line) => !/PHP Deprecated:|\] 127\.0\.0\.1:\d+ (Accepted|Closing)$/.test(line))
    const tail = kept.slice(-lines).join('\n')
    if (tail) parts.push(`--- ${title} (${path}) ---\n${tail}`)
  }
  return parts.join('\n') || `(no log in ${dir})`
}

/** Installs and starts a WordPress site; call `stop()` when done. */
export async function startWordPress(): Promise<WordPressPeer> {
  const started = performance.now()
  ensureWordPressInstalled()
  const dir = mkdtempSync(join(tmpdir(), 'cdwp-'))
  const datadir = join(dir, 'db')
  const socket = join(dir, 'db.sock')
  const docroot = join(dir, 'www')
  // MariaDB's own temporary files. Never the shared /tmp: every mariadbd (and
  // mariadb-install-db) deletes all `#sql*` files in its tmpdir when it starts, so a site
  // starting beside another would delete the temporary tables the other is using.
  const dbTmp = join(dir, 'db-tmp')
  const children: ChildProcess[] = []
  const log = () => {
    const read = (f: string) => (existsSync(f) ? readFileSync(f, 'utf8').slice(-2000) : '')
    return read(join(dir, 'mariadb.log')) + read(join(dir, 'php.log'))
  }
  const removeDir = () => rmSync(dir, { recursive: true, force: true })
  process.once('exit', removeDir)
  const stop = async () => {
    await Promise.all(children.map(stopGroup))
    removeDir()
    process.off('exit', removeDir)
  }
  try {
    const asRoot = process.getuid?.() === 0
    const user = asRoot ? 'root' : (process.env.USER ?? 'nobody')
    mkdirSync(dbTmp)
    run('mariadb-install-db', [
      '--no-defaults',
      `--datadir=${datadir}`,
      `--tmpdir=${dbTmp}`,
      `--user=${user}`,
      '--auth-root-authentication-method=normal',
      '--skip-test-db',
    ])
    children.push(
      startGroup(
        'mariadbd',
        [
          '--no-defaults',
          `--datadir=${datadir}`,
          `--tmpdir=${dbTmp}`,
          `--socket=${socket}`,
          `--pid-file=${join(dir, 'db.pid')}`,
          '--skip-networking',
          `--user=${user}`,
          '--innodb-buffer-pool-size=32M',
          '--innodb-flush-log-at-trx-commit=0',
          '--skip-log-bin',
        ],
        dir,
        join(dir, 'mariadb.log'),
      ),
    )

    mkdirSync(docroot)
    for (const entry of readdirSync(WORDPRESS_DIR)) {
      if (entry === 'wp-config.php' || entry.startsWith('.')) continue
      // wp-includes is large and only ever loaded through ABSPATH: share it.
      if (entry === 'wp-includes') {
        symlinkSync(join(WORDPRESS_DIR, entry), join(docroot, entry))
        continue
      }
      cpSync(join(WORDPRESS_DIR, entry), join(docroot, entry), {
        recursive: true,
        dereference: true,
      })
    }
    const port = await freePort()
    const url = `http://127.0.0.1:${port}/`
    writeFileSync(join(docroot, 'wp-config.php'), wpConfig(url, socket, join(dir, 'wp-debug.log')))
    writeFileSync(join(docroot, 'router.php'), ROUTER)
    mkdirSync(join(docroot, 'wp-content', 'mu-plugins'), { recursive: true })
    writeFileSync(join(docroot, 'wp-content', 'mu-plugins', 'rest-switch.php'), REST_SWITCH)

    await waitFor('MariaDB', () => socketAnswers(socket), log)
    run('mariadb', ['--no-defaults', `--socket=${socket}`, '-uroot'], {
      input: 'CREATE DATABASE wordpress CHARACTER SET utf8mb4;',
    })

    const php = [
      '-d',
      'display_errors=0',
      '-d',
      'log_errors=1',
      '-d',
      `error_log=${join(dir, 'php-errors.log')}`,
      '-d',
      'upload_max_filesize=64M',
      '-d',
      'post_max_size=64M',
      '-d',
      'memory_limit=256M',
      '-S',
      `127.0.0.1:${port}`,
      'router.php',
    ]
    const server = startGroup('php', php, docroot, join(dir, 'php.log'))
    children.push(server)
    // Ours, not someone who took the port meanwhile: the server must still be running.
    await waitFor(
      'php -S',
      async () => server.exitCode === null && (await socketAnswers(port)),
      log,
    )
    if (server.exitCode !== null) throw new Error(`php -S stopped:\n${log()}`)

    const title = 'Copydesk Test Site'
    const install = await fetch(`${url}wp-admin/install.php?step=2`, {
      method: 'POST',
      body: new URLSearchParams({
        weblog_title: title,
        user_name: 'admin',
        admin_password: 'admin-pass-123',
        admin_password2: 'admin-pass-123',
        pw_weak: '1',
        admin_email: 'admin@example.test',
        blog_public: '0',
        language: '',
      }),
    })
    const page = await install.text()
    if (!install.ok || !page.includes('Success')) {
      throw new Error(`WordPress install failed (${install.status}): ${page.slice(0, 500)}`)
    }

    const runPhp = (code: string) =>
      run('php', ['-r', `require 'wp-load.php'; ${code}`], { cwd: docroot })
    const passwords = JSON.parse(runPhp(SETUP)) as { admin: string; writer: string }

    return {
      url,
      title,
      admin: { username: 'admin', appPassword: passwords.admin },
      contributor: { username: 'writer', appPassword: passwords.writer },
      startMs: Math.round(performance.now() - started),
      php: runPhp,
      setRestDisabled(disabled) {
        const flag = join(docroot, 'wp-content', 'mu-plugins', 'rest-disabled.flag')
        if (disabled) writeFileSync(flag, '')
        else rmSync(flag, { force: true })
      },
      diagnostics: () => diagnostics(dir),
      stop,
    }
  } catch (error) {
    await stop()
    throw error
  }
}
