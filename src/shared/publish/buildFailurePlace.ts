import type { BuildCheck } from './Publish'

/** Where a failed build went wrong, as "content/posts/launch.md, line 3"; null if unnamed. */
export function buildFailurePlace(check: Pick<BuildCheck, 'file' | 'line'>): string | null {
  if (check.file === null) return null
  return check.line === null ? check.file : `${check.file}, line ${check.line}`
}
