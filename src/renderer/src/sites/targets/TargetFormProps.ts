import type { PublishTargetConfig, PublishTargetKind } from '@shared/sites/targets'

/** The settings of one kind of publish target. */
export type TargetConfigOf<K extends PublishTargetKind> = Extract<PublishTargetConfig, { kind: K }>

/** Props every publish target's settings form takes. */
export interface TargetFormProps<K extends PublishTargetKind> {
  /** Null while the site is new and not saved yet (secrets need a saved site). */
  siteId: string | null
  config: TargetConfigOf<K>
  onChange(config: TargetConfigOf<K>): void
}
