import { z } from 'zod'
import { t } from '../i18n/i18n'

/*
 * Publish target settings, one schema per kind. Each holds only what may be shown and stored in
 * settings; tokens and passwords go to the secret store.
 */

/**
 * Why a repository address cannot be used, in plain words of the current language, or null when it can. Only https
 * (plain http for this computer alone), and never with a password inside the address.
 */
export function gitRepoUrlProblem(repoUrl: string): string | null {
  let url: URL
  try {
    url = new URL(repoUrl)
  } catch {
    return t('sitesForm.git.repoMissing')
  }
  const local = url.hostname === '127.0.0.1' || url.hostname === 'localhost'
  if (url.protocol !== 'https:' && !(url.protocol === 'http:' && local)) {
    return t('sitesForm.git.repoNotHttps')
  }
  if (url.username !== '' || url.password !== '') {
    return t('sitesForm.git.repoHasPassword')
  }
  return null
}

export const GIT_PRESETS = ['hugo', 'jekyll', 'astro', 'eleventy', 'custom'] as const
export const GitPresetSchema = z.enum(GIT_PRESETS)
export type GitPreset = z.infer<typeof GitPresetSchema>

const key = z.string().max(100)

/** Front matter key names; an empty name leaves that value out. */
export const GitFrontMatterKeysSchema = z.object({
  title: key.default('title'),
  date: key.default('date'),
  slug: key.default('slug'),
  categories: key.default('categories'),
  tags: key.default('tags'),
  /** The key that hides a post: `draft: true` or `published: false` (see `draftStyle`). */
  draft: key.default('draft'),
  description: key.default('description'),
  image: key.default('image'),
  author: key.default('author'),
  /** The featured image's alt text, beside `image`. */
  imageAlt: key.default('image_alt'),
})
export type GitFrontMatterKeys = z.infer<typeof GitFrontMatterKeysSchema>

const template = z.string().max(500)

export const GitTargetConfigSchema = z.object({
  kind: z.literal('git'),
  /** `https://…` (or `http://` to 127.0.0.1 / localhost); empty until set. */
  repoUrl: z
    .string()
    .max(2048)
    .refine((url) => url === '' || gitRepoUrlProblem(url) === null, {
      error: () => t('sitesForm.git.repoInvalid'),
    }),
  branch: z.string().max(200).default('main'),
  username: z.string().max(200).default(''),
  authorName: z.string().max(200).default(''),
  authorEmail: z.string().max(320).default(''),
  preset: GitPresetSchema.default('hugo'),
  /** Where a post goes: `content/posts/{slug}.md`, `_posts/{date}-{slug}.md`… */
  postPath: template.default('content/posts/{slug}.md'),
  /** Where an image goes in the repository: `static/images/{name}`. */
  assetPath: template.default('static/images/{name}'),
  /** How the post refers to an image: `/images/{name}`, or `{name}` beside a page bundle. */
  assetUrl: template.default('/images/{name}'),
  frontMatter: z.enum(['yaml', 'toml']).default('yaml'),
  keys: GitFrontMatterKeysSchema.default(GitFrontMatterKeysSchema.parse({})),
  /** `draft` writes `draft: true` to hide a post; `published` writes `published: false`. */
  draftStyle: z.enum(['draft', 'published']).default('draft'),
  /** Public address of a post: `{siteUrl}/posts/{slug}/`. */
  publicUrl: template.default('{siteUrl}/posts/{slug}/'),
  /** Front matter key listing a post's old addresses (Hugo `aliases`); empty when unsupported. */
  aliasKey: key.default('aliases'),
  /**
   * Before sending, build the site with its own generator when it is installed on this
   * computer: `off`, `warn` (publish anyway and show the failure) or `require` (a failed build
   * stops the publish). A missing generator never stops one.
   */
  buildCheck: z.enum(['off', 'warn', 'require']).default('off'),
})
export type GitTargetConfig = z.infer<typeof GitTargetConfigSchema>

export const WordPressTargetConfigSchema = z.object({
  kind: z.literal('wordpress'),
  siteUrl: z.string().max(2048),
  username: z.string().max(200),
  /**
   * What "Publish" does on this site: `publish` puts the post live (or schedules it when the
   * article's publish date is in the future); `draft` leaves it as a draft for review there.
   */
  postStatus: z.enum(['publish', 'draft']).default('publish'),
  /** What "Unpublish" does unless the person picks otherwise: back to draft, or to the trash. */
  unpublishMode: z.enum(['draft', 'remove']).default('draft'),
})
export type WordPressTargetConfig = z.infer<typeof WordPressTargetConfigSchema>

export const GhostTargetConfigSchema = z.object({
  kind: z.literal('ghost'),
  /** The address Ghost admin is opened on, without `/ghost` (e.g. `https://news.example.com`). */
  adminUrl: z.string().max(2048),
})
export type GhostTargetConfig = z.infer<typeof GhostTargetConfigSchema>

export const WEBHOOK_SIGNATURE_HEADER = 'X-Copydesk-Signature'

export const WebhookTargetConfigSchema = z.object({
  kind: z.literal('webhook'),
  url: z.string().max(2048),
  /** Header carrying `sha256=<hex>`, the HMAC-SHA256 of the raw body with the `hmacSecret`. */
  signatureHeader: z
    .string()
    .regex(/^[A-Za-z0-9-]{1,100}$/, 'a header name uses letters, digits and dashes')
    .default(WEBHOOK_SIGNATURE_HEADER),
  /**
   * `inline`: images travel inside the body and the HTML uses data URIs. `urls`: images travel
   * inside the body and the HTML points at `imageBaseUrl` + the image's name, where the
   * receiving site serves them.
   */
  images: z.enum(['inline', 'urls']).default('inline'),
  imageBaseUrl: z.string().max(2048).default(''),
})
export type WebhookTargetConfig = z.infer<typeof WebhookTargetConfigSchema>

export const PublishTargetConfigSchema = z.discriminatedUnion('kind', [
  GitTargetConfigSchema,
  WordPressTargetConfigSchema,
  GhostTargetConfigSchema,
  WebhookTargetConfigSchema,
])
export type PublishTargetConfig = z.infer<typeof PublishTargetConfigSchema>
export type PublishTargetKind = PublishTargetConfig['kind']
