import type { Article, DocNode } from '../../src/shared/article/Article'
import { ArticleMetaSchema } from '../../src/shared/article/Article'
import type { SiteProfile } from '../../src/shared/sites/SiteProfile'
import { GitTargetConfigSchema, type GitTargetConfig } from '../../src/shared/sites/targets'
import { applyGitPreset } from '../../src/shared/sites/gitPresets'
import type { GitPreset } from '../../src/shared/sites/targets'
import type { PublishAsset } from '../../src/main/publish/PublishTarget'

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
