import type { ComponentType } from 'react'
import type { PublishTargetKind } from '@shared/sites/targets'
import { GhostTargetFields } from './GhostTargetFields'
import { GitTargetForm } from './GitTargetForm'
import type { TargetFormProps } from './TargetFormProps'
import { WebhookTargetForm } from './WebhookTargetForm'
import { WordPressTargetForm } from './WordPressTargetForm'

/** The settings form of each kind of publish target, shown under Settings → Sites → Publishing. */
export const targetForms: { [K in PublishTargetKind]: ComponentType<TargetFormProps<K>> } = {
  git: GitTargetForm,
  wordpress: WordPressTargetForm,
  ghost: GhostTargetFields,
  webhook: WebhookTargetForm,
}
