import { t } from '@shared/i18n/i18n'
import type { Article } from '@shared/article/Article'
import type { PublishCheck } from '@shared/publish/Publish'
import { GIT_PRESET_REQUIRED, gitPresetLabel } from '@shared/sites/gitPresets'
import type { GitTargetConfig } from '@shared/sites/targets'

/** Errors for front matter the site's generator requires and the article leaves empty. */
export function presetChecks(config: GitTargetConfig, article: Article): PublishCheck[] {
  const { meta } = article
  const has = {
    description: (meta.seoDescription || meta.excerpt).trim() !== '',
    image: meta.featuredImage !== null,
  }
  const generator = gitPresetLabel(config.preset)
  return GIT_PRESET_REQUIRED[config.preset].flatMap((field): PublishCheck[] => {
    const keyMissing = config.keys[field] === ''
    if (has[field] && !keyMissing) return []
    const message =
      field === 'description'
        ? keyMissing
          ? t('targetsMain.git.preset.descriptionKey', { generator })
          : t('targetsMain.git.preset.description', { generator })
        : keyMissing
          ? t('targetsMain.git.preset.imageKey', { generator })
          : t('targetsMain.git.preset.image', { generator })
    return [{ level: 'error', code: `missing-${field}`, message }]
  })
}
