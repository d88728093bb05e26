import { z } from 'zod'
import { SiteIdSchema } from '../sites/SiteProfile'
import { ArticleIdSchema } from '../article/Article'
import { PublicationRecordSchema } from './PublicationRecord'

/** One finding of the pre-flight check. Errors block publishing; warnings are shown. */
export const PublishCheckSchema = z.object({
  level: z.enum(['error', 'warning', 'info']),
  /** Stable code for tests and the UI (`missing-title`, `slug-taken`, `image-alt`, ...). */
  code: z.string(),
  message: z.string(),
})
export type PublishCheck = z.infer<typeof PublishCheckSchema>

/** One thing publishing will do: a file to write, a post to update, an image to upload. */
export const PlanChangeSchema = z.object({
  action: z.enum(['add', 'change', 'remove', 'upload', 'create', 'update', 'keep']),
  /** What it acts on, for people: a path in the repo, "Post “Title”", "Image photo.png". */
  target: z.string(),
  /** Text before and after, for a diff; null where there is none (binary, new, removed). */
  before: z.string().nullable(),
  after: z.string().nullable(),
})
export type PlanChange = z.infer<typeof PlanChangeSchema>

export const PublishPlanSchema = z.object({
  /** One sentence: "Adds content/posts/launch.md and 2 images to news-site (main)". */
  summary: z.string(),
  changes: z.array(PlanChangeSchema),
})
export type PublishPlan = z.infer<typeof PublishPlanSchema>

export { PublicationRecordSchema, type PublicationRecord } from './PublicationRecord'

export const ConnectionReportSchema = z.object({
  ok: z.boolean(),
  /** One plain sentence: "Connected to Acme News as editor." or what is wrong. */
  message: z.string(),
})
export type ConnectionReport = z.infer<typeof ConnectionReportSchema>

export const PublishProgressSchema = z.object({
  /** What is happening now, for people: "Uploading image 2 of 5". */
  step: z.string(),
  done: z.number().int().nonnegative(),
  total: z.number().int().nonnegative(),
})
export type PublishProgress = z.infer<typeof PublishProgressSchema>

export const UnpublishModeSchema = z.enum(['draft', 'remove'])
export type UnpublishMode = z.infer<typeof UnpublishModeSchema>

/**
 * After a publish: whether the post's public address shows this version yet (a fragment of
 * its text on the page, not just any answer).
 */
export const LiveCheckSchema = z.object({
  state: z.enum(['checking', 'live', 'not-live', 'stopped']),
  /** How long the site took to show it (live), or how long Copydesk looked (not live). */
  tookMs: z.number().int().nonnegative(),
  /** What the address answered last, in plain words: "There is no page at the address yet." */
  lastSeen: z.string().nullable(),
})
export type LiveCheck = z.infer<typeof LiveCheckSchema>

/**
 * What the site's own generator made of the change before it was sent (git sites that check
 * builds): built, failed with the generator's words, or not checked and why.
 */
export const BuildCheckSchema = z.object({
  state: z.enum(['passed', 'failed', 'not-checked']),
  /** The generator, for people: "Hugo", "Jekyll", "Astro", "Eleventy". */
  generator: z.string(),
  tookMs: z.number().int().nonnegative(),
  /** The failure or why it was not checked, in plain words; null when it built. */
  message: z.string().nullable(),
  /** Where the generator says the failure is, relative to the site's folder. */
  file: z.string().nullable(),
  line: z.number().int().positive().nullable(),
})
export type BuildCheck = z.infer<typeof BuildCheckSchema>

/** A publish or unpublish job, live or waiting in the outbox. */
export const PublishJobSchema = z.object({
  id: z.string(),
  articleId: ArticleIdSchema,
  siteId: SiteIdSchema,
  action: z.enum(['publish', 'unpublish']),
  unpublishMode: UnpublishModeSchema.nullable(),
  state: z.enum(['running', 'waiting', 'done', 'failed', 'conflict', 'cancelled']),
  attempts: z.number().int().nonnegative(),
  /** When a waiting job tries again (ISO). */
  nextAttemptAt: z.string().nullable(),
  progress: PublishProgressSchema.nullable(),
  /** The last failure, in plain words. */
  message: z.string().nullable(),
  result: PublicationRecordSchema.nullable(),
  /** For a conflict: the two versions to show side by side. */
  conflict: z.object({ ours: z.string(), theirs: z.string() }).nullable(),
  /** The check that the site shows a finished publish; absent before one starts. */
  live: LiveCheckSchema.nullable().default(null),
  /** The site's build of this change, for git sites that check it; null otherwise. */
  build: BuildCheckSchema.nullable().default(null),
  createdAt: z.string(),
  updatedAt: z.string(),
})
export type PublishJob = z.infer<typeof PublishJobSchema>
