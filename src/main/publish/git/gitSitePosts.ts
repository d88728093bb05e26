import { t } from '@shared/i18n/i18n'
import { slugify } from '@shared/article/slugify'
import type { SitePostPage, SitePostSummary } from '@shared/ipc/channels/sitePosts'
import type { GitTargetConfig } from '@shared/sites/targets'
import { readFrontMatter } from '@shared/transfer/readFrontMatter'
import type { SitePost } from '../../sitePosts/SitePostSource'
import { PublishError } from '../PublishError'
import { safeRepoPath, templateFolder } from './gitTemplate'
import type { SiteRepo } from './SiteRepo'

const PER_PAGE = 20
/** Most post files read for one listing, and how deep below the content folder. */
const MAX_FILES = 2000
const MAX_DEPTH = 4
const POST_FILE = /\.(md|markdown)$/i

interface PostFile {
  path: string
  blob: string
}

async function postFiles(repo: SiteRepo, head: string, folder: string): Promise<PostFile[]> {
  const files: PostFile[] = []
  const walk = async (path: string, depth: number): Promise<void> => {
    const entries = (await repo.folder(head, path)) ?? []
    for (const entry of entries) {
      if (files.length >= MAX_FILES) return
      const full = `${path}${entry.path}`
      if (entry.type === 'blob' && POST_FILE.test(entry.path))
        files.push({ path: full, blob: entry.oid })
      else if (entry.type === 'tree' && depth < MAX_DEPTH) await walk(`${full}/`, depth + 1)
    }
  }
  await walk(folder, 0)
  return files
}

const text = (value: unknown) =>
  typeof value === 'string' ? value : typeof value === 'number' ? String(value) : ''

function isoDate(value: unknown): string | null {
  const date = value instanceof Date ? value : typeof value === 'string' ? new Date(value) : null
  return date && !Number.isNaN(date.getTime()) ? date.toISOString() : null
}

/** The slug a file's own name gives: Jekyll's date prefix and a bundle's `index` left out. */
export function slugOfPath(path: string): string {
  const parts = path.split('/')
  let name = (parts.pop() ?? '').replace(POST_FILE, '')
  if (/^_?index$/.test(name)) name = parts.pop() ?? name
  return slugify(name.replace(/^\d{4}-\d{2}-\d{2}-/, ''))
}

function isDraft(config: GitTargetConfig, data: Record<string, unknown>): boolean {
  const value = config.keys.draft === '' ? undefined : data[config.keys.draft]
  if (typeof value !== 'boolean') return false
  return config.draftStyle === 'draft' ? value : !value
}

function summaryOf(config: GitTargetConfig, file: PostFile, source: string): SitePostSummary {
  const data = readFrontMatter(source)?.data ?? {}
  const date = isoDate(data[config.keys.date] ?? data.date)
  const scheduled = date !== null && new Date(date).getTime() > Date.now()
  return {
    id: file.path,
    title: text(data[config.keys.title] ?? data.title) || slugOfPath(file.path),
    date,
    status: isDraft(config, data) ? 'draft' : scheduled ? 'scheduled' : 'published',
    author: text(data[config.keys.author] ?? data.author),
  }
}

/** The site's posts as they are on its branch now: every Markdown file under the content folder, newest first. */
export async function gitPostSummaries(
  config: GitTargetConfig,
  repo: SiteRepo,
): Promise<SitePostSummary[]> {
  const head = await repo.fetch()
  if (head === null) return []
  const files = await postFiles(repo, head, templateFolder(config.postPath))
  const items: SitePostSummary[] = []
  for (const file of files) items.push(summaryOf(config, file, await repo.readText(file.blob)))
  return items.sort(
    (a, b) => (b.date ?? '').localeCompare(a.date ?? '') || a.id.localeCompare(b.id),
  )
}

/** One page of the posts whose title or path holds the search words. */
export function gitPostPage(
  summaries: readonly SitePostSummary[],
  query: { search: string; page: number },
): SitePostPage {
  const words = query.search.toLocaleLowerCase()
  const items = summaries.filter(
    (summary) =>
      words === '' || `${summary.title} ${summary.id}`.toLocaleLowerCase().includes(words),
  )
  const start = (query.page - 1) * PER_PAGE
  return { items: items.slice(start, start + PER_PAGE), hasMore: items.length > start + PER_PAGE }
}

/** A post file and the record that links an article to it. */
export async function readGitPost(
  config: GitTargetConfig,
  repo: SiteRepo,
  path: string,
  siteId: string,
  now: Date,
): Promise<SitePost> {
  // The same fence as publishing: nothing outside the site's content folder is read.
  const safe = safeRepoPath(path, config.postPath, 'post')
  const head = await repo.fetch()
  const blob = POST_FILE.test(safe) ? await repo.blobAt(head, safe) : null
  if (head === null || blob === null) {
    throw new PublishError('not-found', t('targetsMain.git.postGone', { path: safe }))
  }
  const source = await repo.readText(blob)
  const data = readFrontMatter(source)?.data ?? {}
  const date = isoDate(data[config.keys.date] ?? data.date)
  const fileSlug = slugOfPath(safe)
  return {
    meta: data[config.keys.slug] === undefined ? { slug: fileSlug } : {},
    body: { format: 'markdown', text: source },
    record: {
      siteId,
      kind: 'git',
      state: isDraft(config, data) ? 'draft' : 'published',
      remoteId: null,
      url: null,
      path: safe,
      contentHash: '',
      publishedAt: now.toISOString(),
      extra: {
        commit: head,
        blob,
        assets: [],
        ...(date ? { date } : {}),
        slug: fileSlug,
        aliases: [],
        opened: { bodyHash: '' },
      },
    },
    notes: [],
  }
}
