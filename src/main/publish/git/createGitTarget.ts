import { join } from 'node:path'
import type { SecretName } from '@shared/ipc/channels/sites'
import type {
  ConnectionReport,
  PlanChange,
  PublicationRecord,
  PublishCheck,
  PublishPlan,
  UnpublishMode,
} from '@shared/publish/Publish'
import type { SiteProfile } from '@shared/sites/SiteProfile'
import { gitRepoUrlProblem, type GitTargetConfig } from '@shared/sites/targets'
import { PublishError } from '../PublishError'
import type { PublishContext, PublishTarget } from '../PublishTarget'
import { markDraft } from './frontMatter'
import { draftPost, postDate, postPath, type PostDraft } from './postDraft'
import { scheduledNote } from './scheduledNote'
import { SiteRepo, type FileChanges } from './SiteRepo'

export interface GitTargetOptions {
  /** Where each site's repository is cached: `<dataPath>/git-cache`. */
  cacheDir: string
  now?: () => Date
}

/** How often a push is rebuilt on a remote that moved ahead before giving up for now. */
const PUSH_ATTEMPTS = 4

function gitConfig(site: SiteProfile): GitTargetConfig {
  if (site.target?.kind !== 'git') {
    throw new PublishError('refused', `“${site.name}” does not publish to a git repository.`)
  }
  const problem = gitRepoUrlProblem(site.target.repoUrl)
  if (problem !== null) throw new PublishError('refused', problem)
  return site.target
}

/** The post's folder when it is a page bundle (`…/{slug}/index.md`), else null. */
function bundleFolder(path: string): string | null {
  const slash = path.lastIndexOf('/')
  return /^(index|_index)\.[a-z]+$/.test(path.slice(slash + 1)) ? path.slice(0, slash + 1) : null
}

function recordedAssets(record: PublicationRecord | null): string[] {
  const assets = record?.extra.assets
  return Array.isArray(assets) ? assets.filter((a): a is string => typeof a === 'string') : []
}

/** A file with its state at the head, and what we would put there. */
interface Step {
  path: string
  before: string | null
  after: Uint8Array | null
  /** Text of the new version, for the plan; null for images and removals. */
  afterText: string | null
  kind: 'post' | 'image' | 'old-post' | 'old-image'
}

/** Publishes articles as Markdown files with front matter into a site's git repository. */
export function createGitTarget(options: GitTargetOptions): PublishTarget {
  const now = options.now ?? (() => new Date())

  async function openRepo(
    site: SiteProfile,
    config: GitTargetConfig,
    secret: (name: SecretName) => Promise<string | null>,
    signal?: AbortSignal,
  ): Promise<SiteRepo> {
    const token = await secret('token')
    if (token === null || token === '') {
      throw new PublishError('auth', 'Save an access token for this site before publishing.')
    }
    const repo = new SiteRepo(
      join(options.cacheDir, site.id),
      { url: config.repoUrl, branch: config.branch || 'main', username: config.username, token },
      signal,
    )
    await repo.open()
    return repo
  }

  async function conflictCheck(
    context: PublishContext,
    repo: SiteRepo,
    head: string | null,
    ours: string,
    oursBlob: string | null,
  ): Promise<void> {
    const record = context.record
    const recordedBlob = record?.extra.blob
    if (context.overwrite || !record?.path || typeof recordedBlob !== 'string') return
    const current = await repo.blobAt(head, record.path)
    if (current === recordedBlob || current === oursBlob) return
    const theirs = current === null ? '' : await repo.readText(current)
    throw new PublishError(
      'conflict',
      current === null
        ? `Someone removed ${record.path} from the site since it was last published from Copydesk.`
        : `Someone changed ${record.path} on the site since it was last published from Copydesk.`,
      { conflict: { ours, theirs } },
    )
  }

  /** The writes and deletions a publish makes on `head`, each with what is there now. */
  async function publishSteps(
    context: PublishContext,
    repo: SiteRepo,
    head: string | null,
    draft: PostDraft,
  ): Promise<Step[]> {
    const record = context.record
    const steps: Step[] = []
    const current = await repo.blobAt(head, draft.path)
    if (current !== draft.blob) {
      if (current !== null && record?.path !== draft.path) {
        throw new PublishError(
          'refused',
          `Another post already uses ${draft.path}. Change the article’s slug.`,
        )
      }
      steps.push({
        path: draft.path,
        before: current === null ? null : await repo.readText(current),
        after: draft.bytes,
        afterText: draft.text,
        kind: 'post',
      })
    }
    for (const asset of draft.assets) {
      if ((await repo.blobAt(head, asset.path)) === asset.blob) continue
      steps.push({
        path: asset.path,
        before: null,
        after: asset.bytes,
        afterText: null,
        kind: 'image',
      })
    }
    if (record?.path && record.path !== draft.path) {
      const old = await repo.blobAt(head, record.path)
      if (old !== null) {
        steps.push({
          path: record.path,
          before: await repo.readText(old),
          after: null,
          afterText: null,
          kind: 'old-post',
        })
      }
      steps.push(
        ...(await bundleLeftovers(record, repo, head, new Set(draft.assets.map((a) => a.path)))),
      )
    }
    return steps
  }

  /** Images of a page bundle that moved or went away, which nothing else uses. */
  async function bundleLeftovers(
    record: PublicationRecord,
    repo: SiteRepo,
    head: string | null,
    keep: Set<string>,
  ): Promise<Step[]> {
    const folder = record.path ? bundleFolder(record.path) : null
    if (folder === null) return []
    const steps: Step[] = []
    for (const path of recordedAssets(record)) {
      if (!path.startsWith(folder) || keep.has(path)) continue
      if ((await repo.blobAt(head, path)) === null) continue
      steps.push({ path, before: null, after: null, afterText: null, kind: 'old-image' })
    }
    return steps
  }

  function asChanges(steps: Step[]): FileChanges {
    return new Map(steps.map((s) => [s.path, s.after]))
  }

  function publishRecord(
    context: PublishContext,
    draft: PostDraft,
    commit: string,
  ): PublicationRecord {
    return {
      siteId: context.site.id,
      kind: 'git',
      state: draft.scheduled ? 'scheduled' : 'published',
      remoteId: null,
      url: draft.url,
      path: draft.path,
      contentHash: draft.contentHash,
      publishedAt: now().toISOString(),
      extra: {
        commit,
        blob: draft.blob,
        assets: draft.assets.map((a) => a.path),
        date: draft.date.toISOString(),
        slug: draft.slug,
        aliases: draft.aliases,
      },
    }
  }

  function author(config: GitTargetConfig, context: PublishContext) {
    return {
      name: config.authorName || context.article.meta.author || 'Copydesk',
      email: config.authorEmail || 'copydesk@localhost',
    }
  }

  /**
   * Fetch, build the change on the fresh head, commit, push; again from the new head when the
   * site moved ahead meanwhile. `build` returns null when the site already holds the result.
   */
  async function commitAndPush<T>(
    context: PublishContext,
    repo: SiteRepo,
    build: (head: string | null) => Promise<{
      steps: Step[]
      message: string
      result: (commit: string) => T
      done: (head: string | null) => T
    }>,
  ): Promise<T> {
    const total = 4
    for (let attempt = 0; attempt < PUSH_ATTEMPTS; attempt++) {
      context.progress({ step: 'Getting the latest version of the site', done: 0, total })
      const head = await repo.fetch()
      context.progress({ step: 'Preparing files', done: 1, total })
      const change = await build(head)
      if (change.steps.length === 0) {
        context.progress({ step: 'The site already has this version', done: total, total })
        return change.done(head)
      }
      context.progress({ step: 'Saving the change', done: 2, total })
      const config = gitConfig(context.site)
      const commit = await repo.commit(
        head,
        asChanges(change.steps),
        change.message,
        author(config, context),
      )
      context.progress({ step: 'Sending to the site', done: 3, total })
      if (await repo.push(commit)) {
        context.progress({ step: 'Published', done: total, total })
        return change.result(commit)
      }
    }
    throw new PublishError(
      'server',
      'The site’s repository kept changing while publishing. Copydesk will try again.',
    )
  }

  const target: PublishTarget = {
    async testConnection(site, secret): Promise<ConnectionReport> {
      let config: GitTargetConfig
      try {
        config = gitConfig(site)
      } catch (error) {
        return { ok: false, message: (error as Error).message }
      }
      const branch = config.branch || 'main'
      try {
        const repo = await openRepo(site, config, secret)
        const refs = await repo.probe(false)
        if (refs.length === 0) {
          await repo.probe(true)
          return {
            ok: true,
            message: `Connected. The repository is empty; the first publish creates the branch “${branch}”.`,
          }
        }
        if (!refs.includes(`refs/heads/${branch}`)) {
          return { ok: false, message: `Connected, but the repository has no branch “${branch}”.` }
        }
        try {
          await repo.probe(true)
        } catch (error) {
          if (error instanceof PublishError && error.kind === 'auth') {
            return {
              ok: false,
              message:
                'The token can read the repository but the site does not let it publish (no write access).',
            }
          }
          throw error
        }
        return {
          ok: true,
          message: `Connected to branch “${branch}”; the site accepts publishing with this token.`,
        }
      } catch (error) {
        const failure = error instanceof PublishError ? error : null
        if (failure?.kind === 'offline' || failure?.kind === 'timeout') {
          return {
            ok: false,
            message: `Could not reach ${new URL(config.repoUrl).host}. Check the address and the network connection.`,
          }
        }
        return {
          ok: false,
          message: failure?.message ?? 'The connection test failed unexpectedly.',
        }
      }
    },

    async check(context): Promise<PublishCheck[]> {
      const checks: PublishCheck[] = []
      let config: GitTargetConfig
      let path: string
      try {
        config = gitConfig(context.site)
        path = postPath(config, context)
      } catch (error) {
        return [{ level: 'error', code: 'git-settings', message: (error as Error).message }]
      }
      const date = postDate(context)
      if (date.getTime() > now().getTime()) {
        checks.push({
          level: 'info',
          code: 'scheduled',
          message: scheduledNote(config.preset, date),
        })
      }
      try {
        const repo = await openRepo(context.site, config, context.secret, context.signal)
        const head = await repo.fetch()
        const existing = await repo.blobAt(head, path)
        if (existing !== null && context.record?.path !== path) {
          const draft = await draftPost(config, context, repo, head, now())
          // The same file from an earlier attempt of this publish is not someone else's post.
          if (draft.blob !== existing) {
            checks.push({
              level: 'error',
              code: 'slug-taken',
              message: `Another post on the site already uses this address (${path}). Change the slug.`,
            })
          }
        }
      } catch (error) {
        if (error instanceof PublishError && error.transient) {
          checks.push({
            level: 'warning',
            code: 'repo-unreachable',
            message:
              'The site’s repository cannot be reached now; the slug is checked again when publishing.',
          })
        } else {
          checks.push({ level: 'error', code: 'git-repo', message: (error as Error).message })
        }
      }
      return checks
    },

    async plan(context): Promise<PublishPlan> {
      const config = gitConfig(context.site)
      const repo = await openRepo(context.site, config, context.secret, context.signal)
      const head = await repo.fetch()
      const draft = await draftPost(config, context, repo, head, now())
      const steps = await publishSteps(context, repo, head, draft)
      const changes: PlanChange[] = steps.map((s) => ({
        action: s.after === null ? 'remove' : s.before === null ? 'add' : 'change',
        target: s.path,
        before: s.before,
        after: s.afterText,
      }))
      for (const asset of draft.assets) {
        if (!steps.some((s) => s.path === asset.path)) {
          changes.push({ action: 'keep', target: asset.path, before: null, after: null })
        }
      }
      const images = steps.filter((s) => s.kind === 'image').length
      const where = `${context.site.name} (${config.branch || 'main'})`
      const post = steps.find((s) => s.kind === 'post')
      const moved = steps.some((s) => s.kind === 'old-post')
      const verb = moved
        ? `Moves the post to ${draft.path}`
        : post?.before === null
          ? `Adds ${draft.path}`
          : post
            ? `Updates ${draft.path}`
            : null
      const imageText = images === 0 ? '' : `${images} image${images === 1 ? '' : 's'}`
      const summary =
        steps.length === 0
          ? `Nothing to change: ${where} already has this version.`
          : `${[verb, imageText === '' ? null : verb === null ? `Adds ${imageText}` : imageText].filter(Boolean).join(' and ')} on ${where}.`
      return { summary, changes }
    },

    async publish(context): Promise<PublicationRecord> {
      const config = gitConfig(context.site)
      const repo = await openRepo(context.site, config, context.secret, context.signal)
      return commitAndPush(context, repo, async (head) => {
        const draft = await draftPost(config, context, repo, head, now())
        const steps = await publishSteps(context, repo, head, draft)
        if (steps.length > 0) await conflictCheck(context, repo, head, draft.text, draft.blob)
        const title = context.article.meta.title
        const moved = steps.some((s) => s.kind === 'old-post')
        const updating = context.record?.path != null && context.record.state !== 'removed'
        const message = moved
          ? `Update “${title}” (moved to ${draft.path})`
          : updating
            ? `Update “${title}”`
            : `Publish “${title}”`
        return {
          steps,
          message,
          result: (commit) => publishRecord(context, draft, commit),
          done: (at) => publishRecord(context, draft, at ?? ''),
        }
      })
    },

    async unpublish(context, mode: UnpublishMode): Promise<PublicationRecord> {
      const config = gitConfig(context.site)
      const record = context.record
      if (!record?.path) {
        throw new PublishError('refused', 'This article has not been published to this site.')
      }
      const path = record.path
      const repo = await openRepo(context.site, config, context.secret, context.signal)
      return commitAndPush(context, repo, async (head) => {
        const current = await repo.blobAt(head, path)
        const text = current === null ? null : await repo.readText(current)
        const steps: Step[] = []
        let blob: string | null = null
        if (text !== null && mode === 'draft') {
          const hidden = markDraft(config, text)
          if (hidden === null) {
            throw new PublishError(
              'refused',
              `Copydesk cannot read the front matter of ${path}, so it cannot mark it as a draft. Remove the post instead.`,
            )
          }
          const bytes = new TextEncoder().encode(hidden)
          blob = await SiteRepo.hash(bytes)
          if (blob !== current)
            steps.push({ path, before: text, after: bytes, afterText: hidden, kind: 'post' })
        } else if (text !== null) {
          steps.push({ path, before: text, after: null, afterText: null, kind: 'old-post' })
          steps.push(...(await bundleLeftovers(record, repo, head, new Set())))
        }
        if (steps.length > 0) await conflictCheck(context, repo, head, text ?? '', blob)
        const result = (commit: string): PublicationRecord => ({
          ...record,
          state: mode === 'draft' ? 'draft' : 'removed',
          publishedAt: now().toISOString(),
          extra: { ...record.extra, commit, blob },
        })
        return {
          steps,
          message: `Unpublish “${context.article.meta.title}”`,
          result,
          done: (at) => result(at ?? ''),
        }
      })
    },
  }
  return target
}
