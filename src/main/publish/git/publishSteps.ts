import { t } from '@shared/i18n/i18n'
import type { PublicationRecord } from '@shared/publish/Publish'
import { PublishError } from '../PublishError'
import type { PublishContext } from '../PublishTarget'
import type { PostDraft } from './postDraft'
import type { FileChanges, SiteRepo } from './SiteRepo'

/** A file with its state at the head, and what we would put there. */
export interface Step {
  path: string
  before: string | null
  after: Uint8Array | null
  /** Text of the new version, for the plan; null for images and removals. */
  afterText: string | null
  kind: 'post' | 'image' | 'old-post' | 'old-image'
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

/** The writes and deletions a publish makes on `head`, each with what is there now. */
export async function publishSteps(
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
      throw new PublishError('refused', t('targetsMain.git.pathTaken', { path: draft.path }))
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
export async function bundleLeftovers(
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

/** The steps as the file changes of one commit. */
export function asChanges(steps: Step[]): FileChanges {
  return new Map(steps.map((s) => [s.path, s.after]))
}
