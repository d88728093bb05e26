import type { ComponentType } from 'react'
import type { PublishTargetKind } from '@shared/sites/targets'
import { GhostTargetFields } from './GhostTargetFields'
import { GitTargetFields } from './GitTargetFields'
import type { TargetFormProps } from './TargetFormProps'
import { WebhookTargetForm } from './WebhookTargetForm'
import { WordPressTargetFields } from './WordPressTargetFields'

/** The settings form of each kind of publish target, shown under Settings → Sites → Publishing. */
export const targetForms: { [K in PublishTargetKind]: ComponentType<TargetFormProps<K>> } = {
  git: GitTargetFields,
  wordpress: WordPressTargetFields,
  ghost: GhostTargetFields,
  webhook: WebhookTargetForm,
}
