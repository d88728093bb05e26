import { useCallback, useEffect, useState } from 'react'
import type { Facets } from '@shared/ipc/contract'
import { copydesk } from '../api/copydesk'

const EMPTY: Facets = { categories: [], tags: [] }

/** Categories and tags in use, for filters and suggestions; `refresh` after edits. */
export function useFacets(ready: boolean): { facets: Facets; refresh(): void } {
  const [facets, setFacets] = useState<Facets>(EMPTY)
  const [generation, setGeneration] = useState(0)
  useEffect(() => {
    if (!ready) return
    let current = true
    copydesk()
      .articles.facets()
      .then(
        (next) => current && setFacets(next),
        // Suggestions are a convenience; the list reports library errors itself.
        () => undefined,
      )
    return () => {
      current = false
    }
  }, [ready, generation])
  const refresh = useCallback(() => setGeneration((g) => g + 1), [])
  return { facets, refresh }
}
