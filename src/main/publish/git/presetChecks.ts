import type { Article } from '@shared/article/Article'
import type { PublishCheck } from '@shared/publish/Publish'
import { GIT_PRESET_LABELS, GIT_PRESET_REQUIRED } from '@shared/sites/gitPresets'
import type { GitTargetConfig } from '@shared/sites/targets'

const WHAT: Record<'description' | 'image', { missing: string; fix: string }> = {
  description: {
    missing: 'a description',
    fix: 'Write an excerpt (or an SEO description) in the details panel.',
  },
  image: { missing: 'a featured image', fix: 'Choose a featured image in the details panel.' },
}

/** Errors for front matter the site's generator requires and the article leaves empty. */
export function presetChecks(config: GitTargetConfig, article: Article): PublishCheck[] {
  const { meta } = article
  const has = {
    description: (meta.seoDescription || meta.excerpt).trim() !== '',
    image: meta.featuredImage !== null,
  }
  const generator = GIT_PRESET_LABELS[config.preset]
  return GIT_PRESET_REQUIRED[config.preset].flatMap((field): PublishCheck[] => {
    const keyMissing = config.keys[field] === ''
    if (has[field] && !keyMissing) return []
    const { missing, fix } = WHAT[field]
    return [
      {
        level: 'error',
        code: `missing-${field}`,
        message: keyMissing
          ? `${generator} needs ${missing} in every post, but the site settings leave its front matter key empty.`
          : `${generator} needs ${missing} in every post, or the site will not build. ${fix}`,
      },
    ]
  })
}
