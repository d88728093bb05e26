import { t } from '@shared/i18n/i18n'
import { join } from 'node:path'
import type {
  ConnectionReport,
  PublicationRecord,
  PublishCheck,
  PublishPlan,
  UnpublishMode,
} from '@shared/publish/Publish'
import type { SiteProfile } from '@shared/sites/SiteProfile'
import { gitRepoUrlProblem, type GitTargetConfig } from '@shared/sites/targets'
import { PublishError } from '../PublishError'
import type { PublishContext, PublishTarget, SecretReader, SiteTerms } from '../PublishTarget'
import { checkSiteBuild } from './build/checkSiteBuild'
import { findOnPath, type CommandFinder } from './build/findCommand'
import { buildCheckNote, buildCheckRefusal } from './build/buildCheckWords'
import { commitAndPush, type BeforePush } from './commitAndPush'
import { markDraft } from './frontMatter'
import { gitPlan } from './gitPlan'
import { draftPost, postDate, postPath, type PostDraft } from './postDraft'
import { presetChecks } from './presetChecks'
import { bundleLeftovers, publishSteps, type Step } from './publishSteps'
import { scheduledNote } from './scheduledNote'
import { SiteRepo, type Author } from './SiteRepo'
import { testGitConnection } from './testGitConnection'
import type { SitePostPage, SitePostSummary } from '@shared/ipc/channels/sitePosts'
import type { SitePost, SitePostSource } from '../../sitePosts/SitePostSource'
import { gitPostPage, gitPostSummaries, readGitPost } from './gitSitePosts'

export interface GitTargetOptions {
  /** Where each site's repository is cached: `<dataPath>/git-cache`. */
  cacheDir: string
  now?: () => Date
  /** Finds a site generator's program for the build check (PATH by default). */
  findCommand?: CommandFinder
}

function gitConfig(site: SiteProfile): GitTargetConfig {
  if (site.target?.kind !== 'git') {
    throw new PublishError('refused', t('targetsMain.git.notGitSite', { site: site.name }))
  }
  const problem = gitRepoUrlProblem(site.target.repoUrl)
  if (problem !== null) throw new PublishError('refused', problem)
  return site.target
}

function author(config: GitTargetConfig, context: PublishContext): Author {
  return {
    name: config.authorName || context.article.meta.author || 'Copydesk',
    email: config.authorEmail || 'copydesk@localhost',
  }
}

/** Publishes articles as Markdown files with front matter into a site's git repository. */
export class GitTarget implements PublishTarget, SitePostSource {
  private readonly now: () => Date
  /** The post list of each site's last browse, with the settings it was read with. */
  private readonly listed = new Map<string, { key: string; summaries: SitePostSummary[] }>()

  constructor(private readonly options: GitTargetOptions) {
    this.now = options.now ?? (() => new Date())
  }

  async testConnection(site: SiteProfile, secret: SecretReader): Promise<ConnectionReport> {
    let config: GitTargetConfig
    try {
      config = gitConfig(site)
    } catch (error) {
      return { ok: false, message: (error as Error).message }
    }
    return testGitConnection(config, () => this.openRepo(site, config, secret))
  }

  /** A git site keeps no list of categories to fetch. */
  async terms(): Promise<SiteTerms | null> {
    return null
  }

  /** The site's posts: the Markdown files under its content folder, newest first. */
  async listPosts(
    site: SiteProfile,
    secret: SecretReader,
    query: { search: string; page: number },
  ): Promise<SitePostPage> {
    const config = gitConfig(site)
    // A browse fetches once, when it starts (first page, no search); typing a search or paging
    // reads the same list again without going to the network or holding up publishing.
    const key = `${site.id}\n${JSON.stringify(config)}`
    const cached = this.listed.get(site.id)
    const fresh = query.page === 1 && query.search === ''
    if (!cached || cached.key !== key || fresh) {
      const summaries = await gitPostSummaries(config, await this.openRepo(site, config, secret))
      this.listed.set(site.id, { key, summaries })
      return gitPostPage(summaries, query)
    }
    return gitPostPage(cached.summaries, query)
  }

  /** A post file and the record that links an article to it. */
  async readPost(
    site: SiteProfile,
    secret: SecretReader,
    ref: { postId: string },
  ): Promise<SitePost> {
    const config = gitConfig(site)
    const repo = await this.openRepo(site, config, secret)
    return readGitPost(config, repo, ref.postId, site.id, this.now())
  }

  async check(context: PublishContext): Promise<PublishCheck[]> {
    const checks: PublishCheck[] = []
    let config: GitTargetConfig
    let path: string
    try {
      config = gitConfig(context.site)
      path = postPath(config, context)
    } catch (error) {
      return [{ level: 'error', code: 'git-settings', message: (error as Error).message }]
    }
    checks.push(...presetChecks(config, context.article))
    const buildNote = await buildCheckNote(config, this.options.findCommand ?? findOnPath)
    if (buildNote) checks.push(buildNote)
    const date = postDate(context)
    if (date.getTime() > this.now().getTime()) {
      checks.push({ level: 'info', code: 'scheduled', message: scheduledNote(config.preset, date) })
    }
    try {
      const repo = await this.openRepo(context.site, config, context.secret, context.signal)
      const head = await repo.fetch()
      const existing = await repo.blobAt(head, path)
      if (existing !== null && context.record?.path !== path) {
        const draft = await draftPost(config, context, repo, head, this.now())
        // The same file from an earlier attempt of this publish is not someone else's post.
        if (draft.blob !== existing) {
          checks.push({
            level: 'error',
            code: 'slug-taken',
            message: t('targetsMain.git.slugTaken', { path }),
          })
        }
      }
    } catch (error) {
      if (error instanceof PublishError && error.transient) {
        checks.push({
          level: 'warning',
          code: 'repo-unreachable',
          message: t('targetsMain.git.repoUnreachable'),
        })
      } else {
        checks.push({ level: 'error', code: 'git-repo', message: (error as Error).message })
      }
    }
    return checks
  }

  async plan(context: PublishContext): Promise<PublishPlan> {
    const config = gitConfig(context.site)
    const repo = await this.openRepo(context.site, config, context.secret, context.signal)
    const head = await repo.fetch()
    const draft = await draftPost(config, context, repo, head, this.now())
    const steps = await publishSteps(context, repo, head, draft)
    return gitPlan(steps, draft, `${context.site.name} (${config.branch || 'main'})`)
  }

  async publish(context: PublishContext): Promise<PublicationRecord> {
    const config = gitConfig(context.site)
    const repo = await this.openRepo(context.site, config, context.secret, context.signal)
    return commitAndPush(
      context,
      repo,
      author(config, context),
      async (head) => {
        const draft = await draftPost(config, context, repo, head, this.now())
        const steps = await publishSteps(context, repo, head, draft)
        if (steps.length > 0) await this.conflictCheck(context, repo, head, draft.text, draft.blob)
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
          result: (commit) => this.publishRecord(context, draft, commit),
          done: (at) => this.publishRecord(context, draft, at ?? ''),
        }
      },
      this.buildCheck(context, config, repo),
    )
  }

  /** Builds the site with the change before it is sent, when the site asks for that. */
  private buildCheck(
    context: PublishContext,
    config: GitTargetConfig,
    repo: SiteRepo,
  ): BeforePush | undefined {
    if (config.buildCheck === 'off') return undefined
    return {
      step: t('publish.steps.building'),
      run: async (commit) => {
        const check = await checkSiteBuild({
          preset: config.preset,
          gitdir: repo.gitdir,
          commit,
          folder: join(this.options.cacheDir, `${context.site.id}.build`),
          findCommand: this.options.findCommand ?? findOnPath,
          signal: context.signal,
        })
        context.built?.(check)
        if (check.state === 'failed' && config.buildCheck === 'require') {
          throw new PublishError('refused', buildCheckRefusal(check))
        }
      },
    }
  }

  async unpublish(context: PublishContext, mode: UnpublishMode): Promise<PublicationRecord> {
    const config = gitConfig(context.site)
    const record = context.record
    if (!record?.path) {
      throw new PublishError('refused', t('publishMain.errors.notPublishedThere'))
    }
    const path = record.path
    const repo = await this.openRepo(context.site, config, context.secret, context.signal)
    return commitAndPush(context, repo, author(config, context), async (head) => {
      const current = await repo.blobAt(head, path)
      const text = current === null ? null : await repo.readText(current)
      const steps: Step[] = []
      let blob: string | null = null
      if (text !== null && mode === 'draft') {
        const hidden = markDraft(config, text)
        if (hidden === null) {
          throw new PublishError('refused', t('targetsMain.git.noFrontMatter', { path }))
        }
        const bytes = new TextEncoder().encode(hidden)
        blob = await SiteRepo.hash(bytes)
        if (blob !== current) {
          steps.push({ path, before: text, after: bytes, afterText: hidden, kind: 'post' })
        }
      } else if (text !== null) {
        steps.push({ path, before: text, after: null, afterText: null, kind: 'old-post' })
        steps.push(...(await bundleLeftovers(record, repo, head, new Set())))
      }
      if (steps.length > 0) await this.conflictCheck(context, repo, head, text ?? '', blob)
      const result = (commit: string): PublicationRecord => ({
        ...record,
        state: mode === 'draft' ? 'draft' : 'removed',
        publishedAt: this.now().toISOString(),
        extra: { ...record.extra, commit, blob },
      })
      return {
        steps,
        message: `Unpublish “${context.article.meta.title}”`,
        result,
        done: (at) => result(at ?? ''),
      }
    })
  }

  private async openRepo(
    site: SiteProfile,
    config: GitTargetConfig,
    secret: SecretReader,
    signal?: AbortSignal,
  ): Promise<SiteRepo> {
    const token = await secret('token')
    if (token === null || token === '') {
      throw new PublishError('auth', t('targetsMain.git.saveToken'))
    }
    const repo = new SiteRepo(
      join(this.options.cacheDir, site.id),
      { url: config.repoUrl, branch: config.branch || 'main', username: config.username, token },
      signal,
    )
    await repo.open()
    return repo
  }

  /** Refuses to write over a post someone changed on the site since Copydesk last wrote it. */
  private async conflictCheck(
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
        ? t('targetsMain.git.removedThere', { path: record.path })
        : t('targetsMain.git.changedThere', { path: record.path }),
      { conflict: { ours, theirs } },
    )
  }

  private publishRecord(
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
      publishedAt: this.now().toISOString(),
      extra: {
        commit,
        blob: draft.blob,
        assets: draft.assets.map((a) => a.path),
        date: draft.date.toISOString(),
        slug: draft.slug,
        aliases: draft.aliases,
        ...(draft.opened ? { opened: draft.opened } : {}),
      },
    }
  }
}
