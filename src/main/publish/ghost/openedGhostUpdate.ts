import { t } from '@shared/i18n/i18n'
import { openedBodyHash } from '../../sitePosts/openedBodyHash'
import { PublishError } from '../PublishError'
import type { GhostClient, GhostPost, GhostPostInput } from './GhostClient'
import type { GhostExtra } from './ghostExtra'
import { ghostRemoteHash } from './ghostRemoteHash'
import { isInternalTag } from './ghostSitePosts'

type Opened = NonNullable<GhostExtra['opened']>
type Patch = Partial<GhostPostInput>

/** Ghost answers null for a field never set and the article keeps '': both mean empty. */
const same = (a: string | null | undefined, b: string | null | undefined) => (a || '') === (b || '')

const sameTime = (a: string, b: string | null) => b !== null && Date.parse(a) === Date.parse(b)

/**
 * What an Update of a post opened from Ghost changes: only the fields the article changed. The
 * body goes only when it renders differently from what was opened (or last sent), so the post's
 * own cards stay as Ghost's editor made them; the status and authors stay the site's; internal
 * tags (`#…`) are kept.
 */
export function openedGhostPatch(input: GhostPostInput, live: GhostPost, opened: Opened): Patch {
  const patch: Patch = {}
  if (input.title !== live.title) patch.title = input.title
  if (openedBodyHash(input.html) !== opened.bodyHash) patch.html = input.html
  if (input.slug !== live.slug) patch.slug = input.slug
  if (!same(input.custom_excerpt, live.custom_excerpt)) {
    patch.custom_excerpt = input.custom_excerpt ?? null
  }
  if (!same(input.meta_title, live.meta_title)) patch.meta_title = input.meta_title ?? null
  if (!same(input.meta_description, live.meta_description)) {
    patch.meta_description = input.meta_description ?? null
  }
  if (!same(input.feature_image, live.feature_image)) {
    patch.feature_image = input.feature_image ?? null
    patch.feature_image_alt = input.feature_image_alt ?? null
  } else if (input.feature_image && !same(input.feature_image_alt, live.feature_image_alt)) {
    patch.feature_image_alt = input.feature_image_alt ?? null
  }
  if (input.published_at && !sameTime(input.published_at, live.published_at)) {
    patch.published_at = input.published_at
  }
  const wanted = (input.tags ?? []).map((t) => t.name).filter((name) => !isInternalTag(name))
  const liveTags = (live.tags ?? []).map((t) => t.name)
  const livePublic = liveTags.filter((name) => !isInternalTag(name))
  const sameTags =
    wanted.length === livePublic.length &&
    wanted.every(
      (name, i) =>
        name.localeCompare(livePublic[i] ?? '', undefined, { sensitivity: 'base' }) === 0,
    )
  if (!sameTags) {
    patch.tags = [...wanted, ...liveTags.filter(isInternalTag)].map((name) => ({ name }))
  }
  return patch
}

/**
 * Updates a post opened from Ghost. Refuses, with both versions, when the post was changed in
 * Ghost since it was opened or last updated from here (unless the person chose to overwrite);
 * sends nothing when nothing changed. Ghost itself refuses a stale `updated_at` (someone saved
 * between our read and our write): that becomes the same refusal.
 */
export async function updateOpenedGhostPost(
  client: GhostClient,
  remoteId: string,
  extra: Partial<GhostExtra> & { opened: Opened },
  input: { post: GhostPostInput; overwrite: boolean },
): Promise<GhostPost> {
  const { collection } = extra.opened
  const kind = collection === 'pages' ? 'page' : 'post'
  const live = await client.getPost(remoteId, collection)
  if (!live) {
    throw new PublishError(
      'refused',
      kind === 'page'
        ? t('targetsMain.ghost.pageDeletedSinceOpened')
        : t('targetsMain.ghost.postDeletedSinceOpened'),
    )
  }
  const changedThere =
    (typeof extra.updatedAt === 'string' && extra.updatedAt !== live.updated_at) ||
    (typeof extra.remoteHash === 'string' && extra.remoteHash !== ghostRemoteHash(live))
  if (changedThere && !input.overwrite) throw changedInGhost(kind, input.post.html, live)
  const patch = openedGhostPatch(input.post, live, extra.opened)
  if (Object.keys(patch).length === 0) return live
  try {
    return await client.updatePost(remoteId, { ...patch, updated_at: live.updated_at }, collection)
  } catch (error) {
    if (!(error instanceof PublishError) || error.kind !== 'conflict') throw error
    const current = (await client.getPost(remoteId, collection)) ?? live
    if (!input.overwrite) throw changedInGhost(kind, input.post.html, current)
    return client.updatePost(remoteId, { ...patch, updated_at: current.updated_at }, collection)
  }
}

function changedInGhost(kind: 'page' | 'post', ours: string, theirs: GhostPost): PublishError {
  return new PublishError(
    'conflict',
    kind === 'page'
      ? t('targetsMain.ghost.pageChangedSinceOpened')
      : t('targetsMain.ghost.postChangedSinceOpened'),
    { conflict: { ours, theirs: theirs.html ?? '' } },
  )
}
