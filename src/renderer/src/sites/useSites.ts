import { useCallback, useEffect, useState } from 'react'
import type { SiteProfile } from '@shared/sites/SiteProfile'
import { copydesk } from '../api/copydesk'

/** The site profiles, loaded once `ready` and again on `refresh()`. */
export interface SitesApi {
  sites: readonly SiteProfile[]
  refresh(): void
}

const NONE: readonly SiteProfile[] = []

/** Site profiles for the metadata panel and the preview's site picker. */
export function useSites(ready: boolean): SitesApi {
  const [sites, setSites] = useState<readonly SiteProfile[]>(NONE)
  const [generation, setGeneration] = useState(0)

  useEffect(() => {
    if (!ready) return
    let current = true
    copydesk()
      .sites.list()
      .then(
        (list) => current && setSites(list),
        // Without sites the app still works: previews use the built-in theme.
        () => undefined,
      )
    return () => {
      current = false
    }
  }, [ready, generation])

  const refresh = useCallback(() => setGeneration((n) => n + 1), [])
  return { sites, refresh }
}
