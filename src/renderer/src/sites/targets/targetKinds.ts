import {
  GhostTargetConfigSchema,
  GitTargetConfigSchema,
  WebhookTargetConfigSchema,
  WordPressTargetConfigSchema,
  type PublishTargetConfig,
  type PublishTargetKind,
} from '@shared/sites/targets'

/** Publish target kinds in the order the picker lists them, with their names. */
export const TARGET_KINDS: readonly { kind: PublishTargetKind; label: string }[] = [
  { kind: 'git', label: 'Git' },
  { kind: 'wordpress', label: 'WordPress' },
  { kind: 'ghost', label: 'Ghost' },
  { kind: 'webhook', label: 'Webhook' },
]

/** Settings of a newly picked target kind: empty, with the schema's defaults filled in. */
export function emptyTargetConfig(kind: PublishTargetKind): PublishTargetConfig {
  switch (kind) {
    case 'git':
      return GitTargetConfigSchema.parse({ kind, repoUrl: '' })
    case 'wordpress':
      return WordPressTargetConfigSchema.parse({ kind, siteUrl: '', username: '' })
    case 'ghost':
      return GhostTargetConfigSchema.parse({ kind, adminUrl: '' })
    case 'webhook':
      return WebhookTargetConfigSchema.parse({ kind, url: '' })
  }
}
