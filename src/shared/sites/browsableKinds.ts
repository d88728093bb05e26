import type { PublishTargetKind } from './targets'

/** Kinds of site whose existing posts Copydesk can list and open. */
export const BROWSABLE_KINDS = [
  'wordpress',
  'ghost',
  'git',
] as const satisfies readonly PublishTargetKind[]
export type BrowsableKind = (typeof BROWSABLE_KINDS)[number]

/** True when Copydesk can list and open the posts of a site of this kind. */
export function isBrowsable(kind: PublishTargetKind): kind is BrowsableKind {
  return (BROWSABLE_KINDS as readonly PublishTargetKind[]).includes(kind)
}

/** Kinds that keep pages apart from posts (a git site's pages are just files). */
export function hasPages(kind: PublishTargetKind): boolean {
  return kind === 'wordpress' || kind === 'ghost'
}
