import type { PlanChange, PublishPlan } from '@shared/publish/Publish'
import type { PostDraft } from './postDraft'
import type { Step } from './publishSteps'

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
  const verb = moved
    ? `Moves the post to ${draft.path}`
    : post?.before === null
      ? `Adds ${draft.path}`
      : post
        ? `Updates ${draft.path}`
        : null
  const imageText = images === 0 ? '' : `${images} image${images === 1 ? '' : 's'}`
  const summary =
    steps.length === 0
      ? `Nothing to change: ${where} already has this version.`
      : `${[verb, imageText === '' ? null : verb === null ? `Adds ${imageText}` : imageText].filter(Boolean).join(' and ')} on ${where}.`
  return { summary, changes }
}
