import type { RevisionInfo } from '@shared/ipc/contract'

const LABELS: Record<RevisionInfo['reason'], string> = {
  auto: 'While writing',
  status: 'Status changed',
  restore: 'Before a restore',
  publish: 'Published',
  conflict: 'Other version (changed elsewhere)',
}

/** Why a snapshot was taken, in words. */
export function revisionReasonLabel(reason: RevisionInfo['reason']): string {
  return LABELS[reason]
}
