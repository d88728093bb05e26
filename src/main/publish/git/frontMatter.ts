import { stringify as stringifyToml } from 'smol-toml'
import { stringify as stringifyYaml } from 'yaml'
import { readFrontMatter, type FrontMatter } from '@shared/transfer/readFrontMatter'
import type { GitTargetConfig } from '@shared/sites/targets'

/** What a post's front matter says, before key names are applied. */
export interface PostFields {
  title: string
  date: Date
  slug: string
  categories: string[]
  tags: string[]
  description: string
  /** Public URL of the featured image, or null. */
  image: string | null
  /** The featured image's alt text ('' for none). */
  imageAlt: string
  /** Who wrote it ('' for nobody named). */
  author: string
  draft: boolean
  /** Old paths of the post (`/posts/old-slug/`), for generators that redirect them. */
  aliases: string[]
}

export type Layout = Pick<GitTargetConfig, 'frontMatter' | 'keys' | 'draftStyle' | 'aliasKey'>

function isoSeconds(date: Date): string {
  return date.toISOString().replace(/\.\d{3}Z$/, 'Z')
}

/** The front matter keys and values Copydesk writes for a post. */
export function frontMatterData(layout: Layout, fields: PostFields): Record<string, unknown> {
  const { keys } = layout
  const data: Record<string, unknown> = {}
  const put = (name: string, value: unknown) => {
    if (name !== '') data[name] = value
  }
  put(keys.title, fields.title)
  // TOML has a date type; in YAML an ISO timestamp reads as a date to Hugo and Jekyll alike.
  put(keys.date, layout.frontMatter === 'toml' ? fields.date : isoSeconds(fields.date))
  put(keys.slug, fields.slug)
  if (fields.description !== '') put(keys.description, fields.description)
  if (fields.categories.length > 0) put(keys.categories, fields.categories)
  if (fields.tags.length > 0) put(keys.tags, fields.tags)
  if (fields.author !== '') put(keys.author, fields.author)
  if (fields.image !== null) put(keys.image, fields.image)
  if (fields.image !== null && fields.imageAlt !== '') put(keys.imageAlt, fields.imageAlt)
  put(keys.draft, layout.draftStyle === 'draft' ? fields.draft : !fields.draft)
  if (fields.aliases.length > 0) put(layout.aliasKey, fields.aliases)
  return data
}

/** Front matter as text, fences included. */
export function serialize(
  format: GitTargetConfig['frontMatter'],
  data: Record<string, unknown>,
): string {
  if (format === 'toml') return `+++\n${stringifyToml(data).trimEnd()}\n+++\n`
  // The yaml library quotes whatever would read as something else (`---`, `#`, `@`, `*`, `:`).
  return `---\n${stringifyYaml(data, { lineWidth: 0 })}---\n`
}

/** A complete Markdown post: escaped front matter, a blank line, the body. */
export function writePostFile(layout: Layout, fields: PostFields, markdown: string): string {
  return `${serialize(layout.frontMatter, frontMatterData(layout, fields))}\n${markdown.trim()}\n`
}

/** A post's front matter, split from its body. */
export type ParsedPost = FrontMatter

/** Reads a post's front matter, or null when the file has none we can read. */
export function readPostFile(text: string): ParsedPost | null {
  return readFrontMatter(text)
}

/** The same post with its draft key set, everything else kept. Null when it cannot be read. */
export function markDraft(layout: Layout, text: string): string | null {
  const post = readPostFile(text)
  if (post === null || layout.keys.draft === '') return null
  const data = { ...post.data, [layout.keys.draft]: layout.draftStyle !== 'draft' ? false : true }
  return `${serialize(post.format, data)}${post.body}`
}

/** The old addresses a post already lists under the alias key. */
export function aliasesIn(layout: Layout, text: string | null): string[] {
  if (text === null || layout.aliasKey === '') return []
  const value = readPostFile(text)?.data[layout.aliasKey]
  if (typeof value === 'string') return [value]
  return Array.isArray(value) ? value.filter((v): v is string => typeof v === 'string') : []
}
