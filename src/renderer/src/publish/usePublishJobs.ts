import { useCallback, useEffect, useState } from 'react'
import type { PublishJob } from '@shared/publish/Publish'
import { copydesk } from '../api/copydesk'

/** How often to ask for progress while a job runs, and while one waits for a retry. */
const RUNNING_POLL_MS = 600
const WAITING_POLL_MS = 4_000

/**
 * An article's publish jobs, newest first, kept fresh by asking main while one is active.
 * `refresh` asks at once (after starting a job, say). Key the caller by article.
 */
export function usePublishJobs(articleId: string): {
  jobs: PublishJob[] | null
  refresh(): void
} {
  const [jobs, setJobs] = useState<PublishJob[] | null>(null)
  const [generation, setGeneration] = useState(0)
  const refresh = useCallback(() => setGeneration((g) => g + 1), [])

  useEffect(() => {
    let current = true
    copydesk()
      .publish.jobs({ articleId })
      .then(
        (next) => current && setJobs(next),
        // The next poll tries again; a missed update is not worth a message.
        () => undefined,
      )
    return () => {
      current = false
    }
  }, [articleId, generation])

  // A finished job still checking that the site shows it is polled as closely as a running one.
  const running =
    jobs?.some((job) => job.state === 'running' || job.live?.state === 'checking') ?? false
  const waiting = jobs?.some((job) => job.state === 'waiting') ?? false
  useEffect(() => {
    if (!running && !waiting) return
    const timer = setInterval(refresh, running ? RUNNING_POLL_MS : WAITING_POLL_MS)
    return () => clearInterval(timer)
  }, [running, waiting, refresh])

  return { jobs, refresh }
}
