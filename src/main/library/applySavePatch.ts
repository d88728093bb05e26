import { t } from '@shared/i18n/i18n'
import { z } from 'zod'
import {
  ArticleFileSchema,
  type ArticleFile,
  type ArticleMeta,
  type ArticleMetaPatch,
  type DocNode,
  type StatusChange,
} from '@shared/article/Article'
import { parseArticleDoc } from '@shared/article/parseArticleDoc'
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
  /** `JSON.stringify(file.doc)` when known, so the file is written without serialising it again. */
  docJson?: string
}

/** article.json with its document checked on its own just before (see {@link checkedDoc}). */
const FileWithCheckedDocSchema = ArticleFileSchema.extend({ doc: z.custom<DocNode>() })

function invalid(issues: readonly z.core.$ZodIssue[], under: PropertyKey[] = []): AppError {
  const issue = issues[0]
  const where = issue ? [...under, ...issue.path].join('.') : ''
  const detail = `${where} ${issue?.message ?? ''}`.trim()
  return new AppError('invalid_input', t('libraryMain.saveInvalid', { detail }))
}

/**
 * The patch's document, validated, and its JSON; null when it is the current document. Compared
 * as validated JSON, so a document that differs only in key order or unknown keys is no change.
 */
function checkedDoc(
  doc: DocNode,
  current: DocNode,
  currentJson: string | undefined,
): { doc: DocNode; json: string } | null {
  const checked = parseArticleDoc(doc)
  if (!checked.success) throw invalid(checked.error.issues, ['doc'])
  const json = JSON.stringify(checked.data)
  return json === (currentJson ?? JSON.stringify(current)) ? null : { doc: checked.data, json }
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
  docJson: string | undefined,
): ArticleFile['approval'] {
  if (!change) return current.approval ?? null
  if (change.to === 'approved' && change.from !== 'published') {
    return { sourceHash: articleSourceHash(meta, doc, docJson), at: change.at }
  }
  if (change.to === 'draft' || change.to === 'in_review') return null
  return current.approval ?? null
}

/**
 * Applies a save to an article: merges the meta patch (slug rules, tidied tags), replaces the
 * document, records a status change in the history and an approval, stamps updatedAt. Pure; the result is
 * validated (AppError('invalid_input') when a value is out of bounds). `currentDocJson`, when
 * known, is `JSON.stringify(current.doc)`: a long document is then serialised once per save.
 */
export function applySavePatch(
  current: ArticleFile,
  patch: SavePatch,
  by: string,
  now: Date,
  currentDocJson?: string,
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
  const newDoc = patch.doc === undefined ? null : checkedDoc(patch.doc, current.doc, currentDocJson)
  if (!newDoc && sameJson(meta, old)) return { file: current, changed: false, statusChange: null }
  const doc = newDoc?.doc ?? current.doc
  const docJson = newDoc?.json ?? currentDocJson

  const at = now.toISOString()
  const statusChange: StatusChange | null =
    meta.status !== old.status ? { from: old.status, to: meta.status, by, at } : null
  const next = {
    ...current,
    meta: { ...meta, updatedAt: at },
    doc,
    history: statusChange ? [...current.history, statusChange] : current.history,
    approval: nextApproval(current, statusChange, meta, doc, docJson),
  }
  const checked = FileWithCheckedDocSchema.safeParse(next)
  if (!checked.success) throw invalid(checked.error.issues)
  const result = { file: checked.data, changed: true, statusChange }
  return docJson === undefined ? result : { ...result, docJson }
}
