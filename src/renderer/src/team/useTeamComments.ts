import { useEffect, useState } from 'react'
import { ARTICLE_DOC_ROOTS } from '@shared/team/ArticleDocRoot'
import type { TeamDocReplica } from './TeamDocReplica'

/** Grows each time a team article's comments change (anyone's), so the list is read again. */
export function useTeamComments(replica: TeamDocReplica | null): number {
  const [generation, setGeneration] = useState(0)
  useEffect(() => {
    if (!replica) return
    const comments = replica.doc.getMap(ARTICLE_DOC_ROOTS.comments)
    const changed = () => setGeneration((n) => n + 1)
    comments.observeDeep(changed)
    return () => comments.unobserveDeep(changed)
  }, [replica])
  return generation
}
