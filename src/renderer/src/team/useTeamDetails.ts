import { useEffect, useRef } from 'react'
import type { ArticleFile } from '@shared/article/Article'
import { ARTICLE_DOC_ROOTS } from '@shared/team/ArticleDocRoot'
import { readDetailsFromYDoc } from '@shared/team/readArticleFromYDoc'
import type { TeamDocReplica } from './TeamDocReplica'

/** What changed in a team article's details, status, timeline or publications. */
export type TeamDetails = Pick<ArticleFile, 'meta' | 'history' | 'publications'>

/** The parts of the Y.Doc that are not the text. */
const DETAIL_ROOTS = [
  ARTICLE_DOC_ROOTS.details,
  ARTICLE_DOC_ROOTS.review,
  ARTICLE_DOC_ROOTS.timeline,
  ARTICLE_DOC_ROOTS.publications,
] as const

/**
 * Calls `onChange` with the article's details each time they change in the team article's
 * replica (another member's edit, a review, a publish; also the echo of this window's saves),
 * so an open window follows them live.
 */
export function useTeamDetails(
  replica: TeamDocReplica | null,
  onChange: (details: TeamDetails) => void,
): void {
  const latest = useRef(onChange)
  useEffect(() => {
    latest.current = onChange
  })
  useEffect(() => {
    if (!replica) return
    const { doc, id } = replica
    const changed = () => latest.current(readDetailsFromYDoc(doc, id))
    const types = DETAIL_ROOTS.map((root) =>
      root === ARTICLE_DOC_ROOTS.timeline ? doc.getArray(root) : doc.getMap(root),
    )
    for (const type of types) type.observe(changed)
    return () => {
      for (const type of types) type.unobserve(changed)
    }
  }, [replica])
}
