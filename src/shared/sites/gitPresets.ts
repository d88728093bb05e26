import { t } from '../i18n/i18n'
import type { GitPreset, GitTargetConfig } from './targets'

/** The fields a generator preset fills in; connection settings stay as they are. */
export type GitLayout = Pick<
  GitTargetConfig,
  | 'postPath'
  | 'assetPath'
  | 'assetUrl'
  | 'frontMatter'
  | 'keys'
  | 'draftStyle'
  | 'publicUrl'
  | 'aliasKey'
>

const standardKeys: GitLayout['keys'] = {
  title: 'title',
  date: 'date',
  slug: 'slug',
  categories: 'categories',
  tags: 'tags',
  draft: 'draft',
  description: 'description',
  image: 'image',
  author: 'author',
  imageAlt: 'image_alt',
}

/** Where each generator expects posts and images, and how it reads their front matter. */
export const GIT_PRESET_LAYOUTS: Record<GitPreset, GitLayout> = {
  hugo: {
    postPath: 'content/posts/{slug}.md',
    assetPath: 'static/images/{name}',
    assetUrl: '/images/{name}',
    frontMatter: 'yaml',
    keys: standardKeys,
    draftStyle: 'draft',
    publicUrl: '{siteUrl}/posts/{slug}/',
    aliasKey: 'aliases',
  },
  jekyll: {
    postPath: '_posts/{date}-{slug}.md',
    assetPath: 'assets/images/{name}',
    assetUrl: '/assets/images/{name}',
    frontMatter: 'yaml',
    // Jekyll ignores `draft:`; `published: false` is what hides a post.
    keys: { ...standardKeys, draft: 'published' },
    draftStyle: 'published',
    publicUrl: '{siteUrl}/{category}/{yyyy}/{mm}/{dd}/{slug}.html',
    aliasKey: 'redirect_from',
  },
  astro: {
    postPath: 'src/content/posts/{slug}/index.md',
    assetPath: 'src/content/posts/{slug}/{name}',
    assetUrl: './{name}',
    frontMatter: 'yaml',
    keys: { ...standardKeys, date: 'pubDate', slug: '', image: 'heroImage' },
    draftStyle: 'draft',
    publicUrl: '{siteUrl}/posts/{slug}/',
    aliasKey: '',
  },
  eleventy: {
    postPath: 'src/posts/{slug}.md',
    assetPath: 'src/images/{name}',
    assetUrl: '/images/{name}',
    frontMatter: 'yaml',
    keys: standardKeys,
    draftStyle: 'draft',
    publicUrl: '{siteUrl}/posts/{slug}/',
    aliasKey: '',
  },
  custom: {
    postPath: 'content/posts/{slug}.md',
    assetPath: 'static/images/{name}',
    assetUrl: '/images/{name}',
    frontMatter: 'yaml',
    keys: standardKeys,
    draftStyle: 'draft',
    publicUrl: '{siteUrl}/posts/{slug}/',
    aliasKey: '',
  },
}

/** Front matter a generator's starter template refuses to build without. */
export type RequiredPostField = 'description' | 'image'

/**
 * What each preset's generator requires, so pre-flight can say what is missing before the
 * site's build fails. Astro's blog template declares `description` required in its content
 * collection schema (`z.string()`, no `.optional()`).
 */
export const GIT_PRESET_REQUIRED: Record<GitPreset, RequiredPostField[]> = {
  hugo: [],
  jekyll: [],
  astro: ['description'],
  eleventy: [],
  custom: [],
}

/**
 * Generators whose Markdown typographer smartens text after backslash escapes are read: Astro
 * runs remark-smartypants by default, so typed `--` and `...` need another guard.
 */
export const GIT_PRESET_SMARTYPANTS: Record<GitPreset, boolean> = {
  hugo: false,
  jekyll: false,
  astro: true,
  eleventy: false,
  custom: false,
}

const GENERATOR_NAMES: Record<Exclude<GitPreset, 'custom'>, string> = {
  hugo: 'Hugo',
  jekyll: 'Jekyll',
  astro: 'Astro',
  eleventy: 'Eleventy',
}

/** A preset's name for people: the generator's own name, or "Custom" in the current language. */
export function gitPresetLabel(preset: GitPreset): string {
  return preset === 'custom' ? t('sitesForm.git.customGenerator') : GENERATOR_NAMES[preset]
}

/** The config with a preset's layout filled in (a copy; every field stays editable). */
export function applyGitPreset(config: GitTargetConfig, preset: GitPreset): GitTargetConfig {
  const layout = GIT_PRESET_LAYOUTS[preset]
  return { ...config, ...layout, keys: { ...layout.keys }, preset }
}

/** A new git target with the Hugo layout. */
export function newGitTargetConfig(): GitTargetConfig {
  return applyGitPreset(
    {
      kind: 'git',
      repoUrl: '',
      branch: 'main',
      username: '',
      authorName: '',
      authorEmail: '',
      buildCheck: 'off',
      ...GIT_PRESET_LAYOUTS.hugo,
      preset: 'hugo',
    },
    'hugo',
  )
}
