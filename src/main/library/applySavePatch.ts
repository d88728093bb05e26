import { t } from '@shared/i18n/i18n'
import {
  ArticleFileSchema,
  type ArticleFile,
  type ArticleMeta,
  type ArticleMetaPatch,
  type DocNode,
  type StatusChange,
} from '@shared/article/Article'
import { slugify } from '@shared/article/slugify'
import { articleSourceHash } from '@shared/publish/articleSourceHash'
import { AppError } from '../errors/AppError'

/** What a save asks to change. */
export interface SavePatch {
  doc?: DocNode
  meta?: ArticleMetaPatch
}

/** The article after a save, and what kind of change it was. */
export interface SavePatchResult {
  file: ArticleFile
  /** False when the patch changes nothing: the file need not be written. */
  changed: boolean
  statusChange: StatusChange | null
}

function cleanTags(tags: readonly string[]): string[] {
  return [...new Set(tags.map((t) => t.trim()).filter(Boolean))]
}

/** Slug rules: it follows the title until someone edits it by hand; clearing it unlocks it. */
function nextSlug(
  current: ArticleMeta,
  patch: ArticleMetaPatch,
  title: string,
): Pick<ArticleMeta, 'slug' | 'slugLocked'> {
  // A slug equal to what the new title gives is the automatic one echoed back, not an edit.
  const handEdited =
    patch.slug !== undefined &&
    patch.slug !== current.slug &&
    (current.slugLocked || slugify(patch.slug) !== slugify(title))
  if (patch.slugLocked === false || (handEdited && patch.slug?.trim() === '')) {
    return { slug: slugify(title), slugLocked: false }
  }
  if (handEdited) return { slug: slugify(patch.slug ?? ''), slugLocked: true }
  const locked = patch.slugLocked ?? current.slugLocked
  return { slug: locked ? slugify(current.slug) : slugify(title), slugLocked: locked }
}

function sameJson(a: unknown, b: unknown): boolean {
  return JSON.stringify(a) === JSON.stringify(b)
}

/**
 * The approval after a status change: approving fingerprints what was approved; going back to
 * draft or review drops it; publishing and unpublishing keep it.
 */
function nextApproval(
  current: ArticleFile,
  change: StatusChange | null,
  meta: ArticleMeta,
  doc: DocNode,
): ArticleFile['approval'] {
  if (!change) return current.approval ?? null
  if (change.to === 'approved' && change.from !== 'published') {
    return { sourceHash: articleSourceHash(meta, doc), at: change.at }
  }
  if (change.to === 'draft' || change.to === 'in_review') return null
  return current.approval ?? null
}

/**
 * Applies a save to an article: merges the meta patch (slug rules, tidied tags), replaces the
 * document, records a status change in the history and an approval, stamps updatedAt. Pure; the result is
 * validated (AppError('invalid_input') when a value is out of bounds).
 */
export function applySavePatch(
  current: ArticleFile,
  patch: SavePatch,
  by: string,
  now: Date,
): SavePatchResult {
  const old = current.meta
  const p = patch.meta ?? {}
  const title = p.title ?? old.title
  const meta: ArticleMeta = {
    ...old,
    ...p,
    id: old.id,
    createdAt: old.createdAt,
    updatedAt: old.updatedAt,
    title,
    ...nextSlug(old, p, title),
    category: (p.category ?? old.category).trim(),
    tags: p.tags ? cleanTags(p.tags) : old.tags,
  }
  const doc = patch.doc ?? current.doc
  const changed = !sameJson(meta, old) || (patch.doc !== undefined && !sameJson(doc, current.doc))
  if (!changed) return { file: current, changed: false, statusChange: null }

  const at = now.toISOString()
  const statusChange: StatusChange | null =
    meta.status !== old.status ? { from: old.status, to: meta.status, by, at } : null
  const next = {
    ...current,
    meta: { ...meta, updatedAt: at },
    doc,
    history: statusChange ? [...current.history, statusChange] : current.history,
    approval: nextApproval(current, statusChange, meta, doc),
  }
  const checked = ArticleFileSchema.safeParse(next)
  if (!checked.success) {
    const issue = checked.error.issues[0]
    const where = issue?.path.join('.') ?? ''
    const detail = `${where} ${issue?.message ?? ''}`.trim()
    throw new AppError('invalid_input', t('libraryMain.saveInvalid', { detail }))
  }
  return { file: checked.data, changed: true, statusChange }
}
