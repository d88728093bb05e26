import type { PublishJob } from '@shared/publish/Publish'

/** States of a job that still holds its article and site: no second job may start. */
export const ACTIVE_STATES: ReadonlySet<PublishJob['state']> = new Set([
  'running',
  'waiting',
  'conflict',
])
