import { z } from 'zod'
import { t } from '../i18n/i18n'
import {
  ArticleIdSchema,
  ArticleDocSchema,
  ArticleMetaPatchSchema,
  ArticleMetaSchema,
  ArticleSchema,
  ArticleSummarySchema,
  StatusChangeSchema,
} from '../article/Article'
import { ArticleStatusSchema } from '../article/ArticleStatus'
import { SettingsPatchSchema, SettingsSchema } from '../settings/Settings'

import { removedAny, type RemovedUrls } from '../safety/RemovedUrls'
import { CheckedDocSchema, SafeFeaturedImageSchema } from '../safety/SafeDocSchema'
import { sanitizeDocument } from '../safety/sanitizeDocument'
import { isWebUrl } from '../safety/urlPolicy'
import { channel, type Channel } from './channel'
import { commentsChannels } from './channels/comments'
import { previewChannels } from './channels/preview'
import { publishChannels } from './channels/publish'
import { sitePostsChannels } from './channels/sitePosts'
import { sitesChannels } from './channels/sites'
import { transferChannels } from './channels/transfer'
import { teamChannels } from './channels/team'

export type { Channel }

const NoInput = z.undefined()
const NoOutput = z.undefined()
const ById = z.object({ id: ArticleIdSchema })

export const QuarantineNoticeSchema = z.object({
  /** Path relative to the library, e.g. `articles/abc/article.json`. */
  file: z.string(),
  reason: z.string(),
  movedTo: z.string(),
  at: z.string(),
})
export type QuarantineNotice = z.infer<typeof QuarantineNoticeSchema>

export const LibraryInfoSchema = z.object({
  path: z.string(),
  articleCount: z.number().int().nonnegative(),
  quarantine: z.array(QuarantineNoticeSchema),
  /**
   * Why the library is open read-only (another Copydesk has it open, a read-only disk), or
   * null when this window can save.
   */
  readOnly: z.string().nullable(),
  /**
   * Why the library the person chose is not the open one (missing at start), or null; Try
   * again (`library.retry`) opens it.
   */
  unavailable: z.string().nullable(),
  /** Other problems the person must hear about: damaged settings or saved passwords. */
  warnings: z.array(z.string()),
})
export type LibraryInfo = z.infer<typeof LibraryInfoSchema>

export const ListQuerySchema = z.object({
  status: ArticleStatusSchema.optional(),
  category: z.string().max(200).optional(),
  tag: z.string().max(100).optional(),
  /** Only the team's articles, or only those kept on this computer; both when absent. */
  place: z.enum(['local', 'team']).optional(),
  /** Full-text query over titles and bodies; empty lists everything. */
  query: z.string().max(500).optional(),
  offset: z.number().int().nonnegative().default(0),
  limit: z.number().int().positive().max(1000).default(200),
})
export type ListQuery = z.input<typeof ListQuerySchema>

export const ListResultSchema = z.object({
  items: z.array(ArticleSummarySchema),
  total: z.number().int().nonnegative(),
  /** True while the library is still being indexed: the answer may grow when asked again. */
  indexing: z.boolean().optional(),
})
export type ListResult = z.infer<typeof ListResultSchema>

export const FacetsSchema = z.object({
  categories: z.array(z.string()),
  tags: z.array(z.string()),
})
export type Facets = z.infer<typeof FacetsSchema>

/**
 * A save as it arrives: the document's refused URLs are taken out here, at the door, and
 * counted in `removedUrls` so the save can say so once.
 */
export const SaveInputSchema = z
  .object({
    id: ArticleIdSchema,
    doc: CheckedDocSchema.optional(),
    meta: ArticleMetaPatchSchema.extend({
      featuredImage: SafeFeaturedImageSchema.nullable().optional(),
    }).optional(),
  })
  .transform((input): typeof input & { removedUrls?: RemovedUrls } => {
    if (input.doc === undefined) return input
    const { doc, removed } = sanitizeDocument(input.doc)
    return removedAny(removed) ? { ...input, doc, removedUrls: removed } : { ...input, doc }
  })
export type SaveInput = z.infer<typeof SaveInputSchema>

export const SaveResultSchema = z.object({
  meta: ArticleMetaSchema,
  summary: ArticleSummarySchema,
  version: z.number().int().nonnegative(),
  savedAt: z.string(),
  /** Status changes so far, oldest first (a save that moves the status adds one). */
  history: z.array(StatusChangeSchema),
  /**
   * Said when the article had also changed on disk (a sync tool, another program) since this
   * window loaded it: this save is kept, and the other version is kept as a revision.
   */
  notice: z.string().optional(),
})
export type SaveResult = z.infer<typeof SaveResultSchema>

/**
 * A restored version, and `notice` when another program (a sync tool, another computer) wrote
 * the article as it was restored.
 */
export const RestoredSchema = z.object({
  article: ArticleSchema,
  notice: z.string().optional(),
})
export type Restored = z.infer<typeof RestoredSchema>

export const DiskCheckSchema = z.object({
  /** article.json changed on disk since this window loaded or saved it. */
  changedOnDisk: z.boolean(),
  /** Other versions a sync tool left beside the article, now kept as revisions. */
  notices: z.array(z.string()),
})
export type DiskCheck = z.infer<typeof DiskCheckSchema>

export const TrashEntrySchema = z.object({
  id: ArticleIdSchema,
  title: z.string(),
  deletedAt: z.string(),
})
export type TrashEntry = z.infer<typeof TrashEntrySchema>

/** `conflict`: another version of the article found on disk (a sync tool), kept aside. */
export const RevisionReasonSchema = z.enum(['auto', 'status', 'restore', 'publish', 'conflict'])
export const RevisionInfoSchema = z.object({
  revId: z.string().regex(/^[A-Za-z0-9_-]{1,80}$/),
  createdAt: z.string(),
  reason: RevisionReasonSchema,
  title: z.string(),
  wordCount: z.number().int().nonnegative(),
})
export type RevisionInfo = z.infer<typeof RevisionInfoSchema>

const RevisionRef = z.object({ id: ArticleIdSchema, revId: RevisionInfoSchema.shape.revId })

export const RevisionSchema = z.object({
  info: RevisionInfoSchema,
  meta: ArticleMetaSchema,
  doc: ArticleDocSchema,
})
export type Revision = z.infer<typeof RevisionSchema>

/** Largest image accepted, in bytes. */
export const MAX_IMAGE_BYTES = 50 * 1024 * 1024

export const AssetImportSchema = z.object({
  articleId: ArticleIdSchema,
  fileName: z.string().max(500),
  mimeType: z.string().max(100),
  /** File bytes, base64; the decoded size is checked against MAX_IMAGE_BYTES in main. */
  dataBase64: z.string().max(Math.ceil((MAX_IMAGE_BYTES * 4) / 3) + 8),
})
export type AssetImport = z.infer<typeof AssetImportSchema>

export const AssetDownloadSchema = z.object({
  articleId: ArticleIdSchema,
  /** A web image named by the document; main downloads it once into the article's assets. */
  url: z
    .string()
    .max(4096)
    .refine(isWebUrl, { error: () => t('startupMain.imageNotWeb') }),
})
export type AssetDownload = z.infer<typeof AssetDownloadSchema>

export const AssetRefSchema = z.object({
  /** What the document stores: `asset:<sha256>.<ext>`. */
  src: z.string(),
  name: z.string(),
})
export type AssetRef = z.infer<typeof AssetRefSchema>

/** A file the person saved from Copydesk (main refuses any other). */
export const SavedFileSchema = z.object({ path: z.string().min(1).max(4096) })
export type SavedFile = z.infer<typeof SavedFileSchema>

export const AppInfoSchema = z.object({
  version: z.string(),
  platform: z.string(),
  runtime: z.enum(['electron', 'browser']),
})
export type AppInfo = z.infer<typeof AppInfoSchema>

/**
 * Every renderer → main call. Names become `window.copydesk.<group>.<method>`; the channel
 * string on the wire is `copydesk:<group>.<method>`.
 */
export const contract = {
  app: {
    info: channel(NoInput, AppInfoSchema),
    openExternal: channel(z.object({ url: z.string().max(4096) }), NoOutput),
    /** Opens a file the person saved from Copydesk in this run (an export) with its usual app. */
    openSavedFile: channel(SavedFileSchema, NoOutput),
    /** Shows such a file in the system's file manager. */
    showSavedFile: channel(SavedFileSchema, NoOutput),
  },
  library: {
    info: channel(NoInput, LibraryInfoSchema),
    dismissQuarantine: channel(NoInput, NoOutput),
    /** Lets the person pick another library folder; null when they cancel. */
    choose: channel(NoInput, LibraryInfoSchema.nullable()),
    /** Opens the chosen library again: after it was missing, or once another Copydesk let go. */
    retry: channel(NoInput, LibraryInfoSchema),
  },
  articles: {
    list: channel(ListQuerySchema, ListResultSchema),
    facets: channel(NoInput, FacetsSchema),
    create: channel(z.object({ title: z.string().max(1000).optional() }), ArticleSchema),
    get: channel(ById, ArticleSchema),
    save: channel(SaveInputSchema, SaveResultSchema),
    /** Whether the open article changed on disk; takes in sync tools' conflicted copies. */
    checkDisk: channel(ById, DiskCheckSchema),
    duplicate: channel(ById, ArticleSchema),
    delete: channel(ById, NoOutput),
  },
  trash: {
    list: channel(NoInput, z.array(TrashEntrySchema)),
    restore: channel(ById, ArticleSummarySchema),
    empty: channel(NoInput, z.object({ removed: z.number().int().nonnegative() })),
  },
  revisions: {
    list: channel(ById, z.array(RevisionInfoSchema)),
    get: channel(RevisionRef, RevisionSchema),
    restore: channel(RevisionRef, RestoredSchema),
  },
  assets: {
    import: channel(AssetImportSchema, AssetRefSchema),
    download: channel(AssetDownloadSchema, AssetRefSchema),
  },
  settings: {
    get: channel(NoInput, SettingsSchema),
    update: channel(SettingsPatchSchema, SettingsSchema),
  },
  sites: sitesChannels,
  sitePosts: sitePostsChannels,
  preview: previewChannels,
  comments: commentsChannels,
  publish: publishChannels,
  transfer: transferChannels,
  team: teamChannels,
} as const

export type Contract = typeof contract
export type GroupName = keyof Contract
export type MethodName<G extends GroupName> = keyof Contract[G] & string

type ChannelOf<G extends GroupName, M extends MethodName<G>> = Contract[G][M]
export type InputOf<G extends GroupName, M extends MethodName<G>> =
  ChannelOf<G, M> extends Channel<infer I, z.ZodType> ? z.input<I> : never
export type OutputOf<G extends GroupName, M extends MethodName<G>> =
  ChannelOf<G, M> extends Channel<z.ZodType, infer O> ? z.infer<O> : never

/** Wire name of a channel. The preload refuses anything outside this prefix. */
export const CHANNEL_PREFIX = 'copydesk:'
export function channelName(group: string, method: string): string {
  return `${CHANNEL_PREFIX}${group}.${method}`
}

/** Error codes a caller can act on; the message is for people. */
export const IpcErrorCodeSchema = z.enum([
  'invalid_input',
  'not_found',
  'refused',
  'conflict',
  'io',
  'forbidden',
  'internal',
])
export type IpcErrorCode = z.infer<typeof IpcErrorCodeSchema>

export const IpcErrorSchema = z.object({ code: IpcErrorCodeSchema, message: z.string() })
export type IpcError = z.infer<typeof IpcErrorSchema>

/** What crosses the bridge: errors travel as values because thrown Errors lose their fields. */
export type IpcResult<T> = { ok: true; value: T } | { ok: false; error: IpcError }

/** The object the preload exposes as `window.copydesk`. */
export type CopydeskApi = {
  [G in GroupName]: {
    [M in MethodName<G>]: (
      ...args: undefined extends InputOf<G, M> ? [input?: InputOf<G, M>] : [input: InputOf<G, M>]
    ) => Promise<IpcResult<OutputOf<G, M>>>
  }
} & {
  /** Subscribes to application-menu commands; returns an unsubscribe function. */
  onMenuCommand(listener: (command: MenuCommand) => void): () => void
}

/** Commands the application menu sends to the focused window. */
export const MENU_COMMANDS = [
  'new-article',
  'save',
  'duplicate-article',
  'delete-article',
  'find',
  'toggle-library',
  'toggle-meta',
  'show-trash',
  'show-revisions',
  'toggle-preview',
  'show-comments',
  'publish',
  'import-files',
  'export-library',
  'about',
] as const
export const MenuCommandSchema = z.enum(MENU_COMMANDS)
export type MenuCommand = z.infer<typeof MenuCommandSchema>
export const MENU_CHANNEL = `${CHANNEL_PREFIX}menu`
