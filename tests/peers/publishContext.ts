import { createHash } from 'node:crypto'
import type { Article, DocNode } from '../../src/shared/article/Article'
import { ArticleMetaSchema } from '../../src/shared/article/Article'
import type { PublicationRecord, PublishProgress } from '../../src/shared/publish/Publish'
import type { SiteProfile } from '../../src/shared/sites/SiteProfile'
import { GitTargetConfigSchema, type GitTargetConfig } from '../../src/shared/sites/targets'
import { applyGitPreset } from '../../src/shared/sites/gitPresets'
import type { GitPreset } from '../../src/shared/sites/targets'
import type { PublishAsset, PublishContext } from '../../src/main/publish/PublishTarget'
import { makePng } from '../fixtures/makePng'
import { ASSET_SRC_PREFIX } from '../../src/shared/article/assetSrc'
import { renderHtml, renderMarkdown } from '../../src/shared/render'

/** A PNG asset with its content-addressed name. */
export function pngAsset(seed: number, alt = `Picture ${seed}`): PublishAsset {
  const bytes = makePng(8 + seed, 6, [seed * 20, 90, 160])
  const name = `${createHash('sha256').update(bytes).digest('hex')}.png`
  return { name, mimeType: 'image/png', alt, read: async () => new Uint8Array(bytes) }
}

function text(value: string): DocNode {
  return { type: 'text', text: value }
}

/** A news article: lead paragraph, a heading, a quote and one figure per asset. */
export function newsArticle(
  fields: Partial<Article['meta']> & { title: string },
  assets: PublishAsset[] = [],
  body = 'The harbour opened its new terminal this morning.',
): Article {
  const meta = ArticleMetaSchema.parse({
    id: 'art-0001',
    slug: '',
    createdAt: '2026-03-01T09:00:00Z',
    updatedAt: '2026-03-02T10:30:00Z',
    ...fields,
  })
  const doc: DocNode = {
    type: 'doc',
    content: [
      { type: 'paragraph', content: [text(body)] },
      { type: 'heading', attrs: { level: 2 }, content: [text('What changes')] },
      { type: 'blockquote', content: [{ type: 'paragraph', content: [text('A good day.')] }] },
      ...assets.map((a): DocNode => ({
        type: 'image',
        attrs: { src: `asset:${a.name}`, alt: a.alt, title: null, caption: '' },
      })),
    ],
  }
  return { meta, doc, history: [], version: 1 }
}

export function gitSite(
  repoUrl: string,
  preset: GitPreset,
  overrides: Partial<GitTargetConfig> = {},
): SiteProfile {
  const base = GitTargetConfigSchema.parse({
    kind: 'git',
    repoUrl,
    username: 'editor',
    authorName: 'Copydesk Editor',
    authorEmail: 'desk@example.com',
  })
  return {
    id: 'site-news',
    name: 'Harbour News',
    url: 'https://news.example.com/',
    categories: ['News'],
    navigation: [],
    theme: { kind: 'builtin', id: 'newsroom' },
    target: { ...applyGitPreset(base, preset), ...overrides },
  }
}

export interface TestContext extends PublishContext {
  steps: PublishProgress[]
}

export function publishContext(
  site: SiteProfile,
  article: Article,
  assets: PublishAsset[],
  options: { token: string; record?: PublicationRecord | null; overwrite?: boolean },
): TestContext {
  const steps: PublishProgress[] = []
  return {
    article,
    site,
    record: options.record ?? null,
    assets,
    // What the publish service hands every target: the shared renderer, images mapped.
    render: (imageUrl) => {
      const map = (src: string) =>
        src.startsWith(ASSET_SRC_PREFIX) ? imageUrl(src.slice(ASSET_SRC_PREFIX.length)) : src
      return {
        html: renderHtml(article.doc, { imageUrl: map }),
        markdown: renderMarkdown(article.doc, { imageUrl: map }),
      }
    },
    secret: async (name) => (name === 'token' ? options.token : null),
    progress: (p) => steps.push(p),
    signal: new AbortController().signal,
    overwrite: options.overwrite ?? false,
    steps,
  }
}
