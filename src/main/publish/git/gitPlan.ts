import { t } from '@shared/i18n/i18n'
import { formatNumber } from '@shared/format/localeFormat'
import type { PlanChange, PublishPlan } from '@shared/publish/Publish'
import { readFrontMatter } from '@shared/transfer/readFrontMatter'
import type { PostDraft } from './postDraft'
import type { Step } from './publishSteps'
import { rawMarkup } from './rawMarkup'

const bodyOf = (text: string): string => readFrontMatter(text)?.body ?? text

/**
 * What an edited body does to the markup the editor showed as text (shortcodes, raw HTML):
 * it is written back escaped, so the site prints it instead of building it. Empty when the
 * body is kept as it was, or had none.
 */
function flattenedMarkup(post: Step | undefined): string {
  if (!post?.before || post.afterText === null) return ''
  const before = bodyOf(post.before)
  if (before === bodyOf(post.afterText)) return ''
  const markup = rawMarkup(before)
  if (markup.length === 0) return ''
  const shown = markup.slice(0, 6).join(', ') + (markup.length > 6 ? ', …' : '')
  return ` ${t('targetsMain.git.plan.flattened', { shown })}`
}

/** The plan shown before publishing: every file the commit touches, and one sentence. */
export function gitPlan(steps: Step[], draft: PostDraft, where: string): PublishPlan {
  const changes: PlanChange[] = steps.map((s) => ({
    action: s.after === null ? 'remove' : s.before === null ? 'add' : 'change',
    target: s.path,
    before: s.before,
    after: s.afterText,
  }))
  for (const asset of draft.assets) {
    if (!steps.some((s) => s.path === asset.path)) {
      changes.push({ action: 'keep', target: asset.path, before: null, after: null })
    }
  }
  const images = steps.filter((s) => s.kind === 'image').length
  const post = steps.find((s) => s.kind === 'post')
  const moved = steps.some((s) => s.kind === 'old-post')
  const verb = moved ? 'move' : post?.before === null ? 'add' : post ? 'update' : 'images'
  const values = { path: draft.path, where, count: images, formatted: formatNumber(images) }
  const summary =
    steps.length === 0
      ? t('targetsMain.git.plan.nothing', { where })
      : images === 0
        ? t(`targetsMain.git.plan.${verb}`, values)
        : t(`targetsMain.git.plan.${verb}WithImages`, values)
  return { summary: summary + flattenedMarkup(post), changes }
}
