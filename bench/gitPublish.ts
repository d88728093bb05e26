import { execFile, execFileSync } from 'node:child_process'
import { promisify } from 'node:util'
import { mkdirSync, mkdtempSync, rmSync, writeFileSync } from 'node:fs'
import { tmpdir } from 'node:os'
import { dirname, join } from 'node:path'
import { GitTarget } from '../src/main/publish/git/GitTarget'
import { SiteRepo } from '../src/main/publish/git/SiteRepo'
import { createBareRepo, startGitServer } from '../tests/peers/gitServer'
import { publishContext } from '../tests/fixtures/publishContext'
import { gitSite, newsArticle } from '../tests/peers/gitSite'
import { makePng } from '../tests/fixtures/makePng'
import { createHash } from 'node:crypto'
import type { PublishAsset } from '../src/main/publish/PublishTarget'
import type { BenchRow } from './BenchRow'

const POSTS = Number(process.env.BENCH_GIT_POSTS ?? 5_000)
const TOKEN = 'bench-token-7d1e'
const WORDS = ['harbour', 'terminal', 'energy', 'crane', 'ferry', 'results', 'people', 'safety']

function round(n: number): number {
  return Math.round(n * 10) / 10
}

const GIT_ENV = {
  ...process.env,
  GIT_TERMINAL_PROMPT: '0',
  GIT_AUTHOR_NAME: 'Bench',
  GIT_AUTHOR_EMAIL: 'bench@example.com',
  GIT_COMMITTER_NAME: 'Bench',
  GIT_COMMITTER_EMAIL: 'bench@example.com',
}

/** The system git, without blocking: the git server answers from this same process. */
async function gitAsync(cwd: string, ...args: string[]): Promise<void> {
  await promisify(execFile)('git', args, { cwd, env: GIT_ENV })
}

function git(cwd: string, ...args: string[]): string {
  return execFileSync('git', args, {
    cwd,
    encoding: 'utf8',
    stdio: ['ignore', 'pipe', 'pipe'],
    env: {
      ...process.env,
      GIT_TERMINAL_PROMPT: '0',
      GIT_AUTHOR_NAME: 'Bench',
      GIT_AUTHOR_EMAIL: 'bench@example.com',
      GIT_COMMITTER_NAME: 'Bench',
      GIT_COMMITTER_EMAIL: 'bench@example.com',
    },
  }).trim()
}

/** A Hugo site with `POSTS` posts of ~300 words, pushed straight to the bare repository. */
function seedLargeSite(bare: string): void {
  const work = mkdtempSync(join(tmpdir(), 'copydesk-bench-site-'))
  try {
    git(work, 'init', '-q', '-b', 'main')
    writeFileSync(join(work, 'hugo.toml'), 'title = "Harbour News"\n')
    mkdirSync(join(work, 'content', 'posts'), { recursive: true })
    for (let i = 0; i < POSTS; i++) {
      const body = Array.from({ length: 300 }, (_, w) => WORDS[(i * 7 + w) % WORDS.length]).join(
        ' ',
      )
      writeFileSync(
        join(work, 'content', 'posts', `post-${i}.md`),
        `---\ntitle: Post ${i}\ndate: 2024-01-01T00:00:00Z\n---\n\n${body}\n`,
      )
    }
    git(work, 'add', '-A')
    git(work, 'commit', '-q', '-m', `${POSTS} posts`)
    git(work, 'push', '-q', bare, 'main')
  } finally {
    rmSync(work, { recursive: true, force: true })
  }
}

function photo(seed: number): PublishAsset {
  const bytes = makePng(1200, 800, [seed * 40, 80, 120], [200, 160 - seed * 20, 90])
  const name = `${createHash('sha256').update(bytes).digest('hex')}.png`
  return {
    name,
    mimeType: 'image/png',
    alt: `Photo ${seed}`,
    read: async () => new Uint8Array(bytes),
  }
}

/**
 * Publishing to a git site that already holds 5,000 posts, over loopback: the first publish of
 * an article with 5 images after the initial clone, a republish after an edit, and the system
 * git CLI doing the same add/commit/push in the same run.
 */
export async function runGitPublishBench(): Promise<BenchRow[]> {
  const server = await startGitServer([{ username: 'editor', password: TOKEN }])
  const cacheDir = mkdtempSync(join(tmpdir(), 'copydesk-bench-cache-'))
  const cliDir = mkdtempSync(join(tmpdir(), 'copydesk-bench-cli-'))
  try {
    seedLargeSite(createBareRepo(server, 'site.git'))
    const rows: BenchRow[] = []
    const site = gitSite(server.url('site.git'), 'hugo')
    const images = [1, 2, 3, 4, 5].map(photo)
    const article = newsArticle(
      { title: 'Terminal opens', slug: 'terminal-opens', category: 'News', tags: ['ports'] },
      images,
    )

    let t = performance.now()
    const repo = new SiteRepo(join(cacheDir, site.id), {
      url: server.url('site.git'),
      branch: 'main',
      username: 'editor',
      token: TOKEN,
    })
    await repo.open()
    await repo.fetch()
    rows.push({
      name: `git: initial clone of ${POSTS} posts`,
      value: round(performance.now() - t),
      unit: 'ms',
    })

    const target = new GitTarget({ cacheDir })
    t = performance.now()
    const first = await target.publish(
      publishContext({ site, article, assets: images, secrets: { token: TOKEN } }),
    )
    const firstMs = performance.now() - t
    rows.push({
      name: 'git: first publish, 1 article + 5 images (fetch, commit, push)',
      value: round(firstMs),
      unit: 'ms',
      target: '< 3000 ms',
      pass: firstMs < 3000,
    })

    const edited = newsArticle({ ...article.meta }, images, 'The first ship docked at noon.')
    t = performance.now()
    await target.publish(
      publishContext({
        site,
        article: edited,
        assets: images,
        secrets: { token: TOKEN },
        record: first,
      }),
    )
    const againMs = performance.now() - t
    rows.push({
      name: 'git: republish after an edit',
      value: round(againMs),
      unit: 'ms',
      target: '< 1500 ms',
      pass: againMs < 1500,
    })

    // The system git doing the same: pull, write the files, add, commit, push.
    const auth = `Authorization: Basic ${Buffer.from(`editor:${TOKEN}`).toString('base64')}`
    const cli = (...args: string[]) => gitAsync(cliDir, '-c', `http.extraHeader=${auth}`, ...args)
    await cli('clone', '-q', server.url('site.git'), '.')
    const files = [
      { path: 'content/posts/cli-post.md', bytes: Buffer.from('---\ntitle: CLI\n---\n\nBody.\n') },
    ]
    for (const image of images) {
      files.push({
        path: `static/cli-images/${image.name}`,
        bytes: Buffer.from(await image.read()),
      })
    }
    const cliPublish = async (message: string) => {
      const start = performance.now()
      await cli('pull', '-q', '--ff-only')
      for (const file of files) {
        mkdirSync(dirname(join(cliDir, file.path)), { recursive: true })
        writeFileSync(join(cliDir, file.path), file.bytes)
      }
      await cli('add', '-A')
      await cli('commit', '-q', '-m', message)
      await cli('push', '-q', 'origin', 'main')
      return performance.now() - start
    }
    const cliFirst = await cliPublish('Publish')
    files[0] = {
      path: 'content/posts/cli-post.md',
      bytes: Buffer.from('---\ntitle: CLI\n---\n\nEdited.\n'),
    }
    const cliAgain = await cliPublish('Update')
    rows.push({
      name: 'git CLI: first publish (pull, add, commit, push)',
      value: round(cliFirst),
      unit: 'ms',
    })
    rows.push({ name: 'git CLI: republish', value: round(cliAgain), unit: 'ms' })
    rows.push({
      name: 'git: first publish ÷ git CLI',
      value: round((firstMs / cliFirst) * 10) / 10,
      unit: '×',
    })
    rows.push({
      name: 'git: republish ÷ git CLI',
      value: round((againMs / cliAgain) * 10) / 10,
      unit: '×',
    })
    return rows
  } finally {
    await server.close()
    rmSync(cacheDir, { recursive: true, force: true })
    rmSync(cliDir, { recursive: true, force: true })
  }
}
