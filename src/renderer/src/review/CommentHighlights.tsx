import type { Comment } from '@shared/article/Comment'
import type { JSX } from 'react'

/** Props of {@link CommentHighlights}. */
export interface CommentHighlightsProps {
  comments: readonly Comment[]
  activeId: string | null
  /** The comment being written; highlighted like an open one. */
  draftId: string | null
}

function rule(ids: readonly string[], declarations: string): string {
  if (ids.length === 0) return ''
  const selectors = ids.map((id) => `.ui-prose .ui-comment[data-comment-id="${id}"]`)
  return `${selectors.join(',\n')} { ${declarations} }\n`
}

/**
 * The highlight of each passage, as a stylesheet keyed by comment id: open, resolved (dimmed)
 * and active. Marks of unknown comments stay unhighlighted. A stylesheet, not decorations, so
 * typing costs nothing. Ids are checked to be letters, digits, `-` and `_`, so they are safe in
 * a selector.
 */
export function CommentHighlights(props: CommentHighlightsProps): JSX.Element {
  const { comments, activeId, draftId } = props
  const open = comments.filter((c) => !c.resolved).map((c) => c.id)
  if (draftId) open.push(draftId)
  const resolved = comments.filter((c) => c.resolved).map((c) => c.id)
  const css =
    rule(resolved, 'background: var(--comment-resolved); border-bottom: 0;') +
    rule(open, 'background: var(--comment-open); border-bottom: 2px solid var(--comment-line);') +
    rule(activeId ? [activeId] : [], 'background: var(--comment-active);')
  return <style data-testid="comment-highlights">{css}</style>
}
