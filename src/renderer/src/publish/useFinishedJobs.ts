import { useEffect, useRef, useState } from 'react'
import type { PublishJob } from '@shared/publish/Publish'
import { copydesk } from '../api/copydesk'

/** How often to look at the outbox while a job of any article is running or waiting. */
const ACTIVE_POLL_MS = 2_000
/** How often to look while nothing is active (a new job may start from another window). */
const IDLE_POLL_MS = 15_000

/**
 * Calls `onFinished` when a publish job of any article ends well, also one the outbox finished
 * on its own after a retry while no dialog was open, so the list and the open article show
 * the new status instead of "Draft" for a post that is live.
 */
export function useFinishedJobs(ready: boolean, onFinished: (job: PublishJob) => void): void {
  const states = useRef<Map<string, PublishJob['state']> | null>(null)
  const lookedAt = useRef('')
  const callback = useRef(onFinished)
  useEffect(() => {
    callback.current = onFinished
  })
  const [active, setActive] = useState(false)

  useEffect(() => {
    if (!ready) return
    let live = true
    const look = (): void => {
      const at = new Date().toISOString()
      copydesk()
        .publish.jobs()
        .then((jobs) => {
          if (!live) return
          const before = states.current
          const since = lookedAt.current
          states.current = new Map(jobs.map((job) => [job.id, job.state]))
          lookedAt.current = at
          setActive(jobs.some((job) => job.state === 'running' || job.state === 'waiting'))
          if (!before) return
          for (const job of jobs) {
            const was = before.get(job.id)
            // A job may start and finish between two looks: then it ended after the last one.
            const ended = was === undefined ? job.updatedAt >= since : was !== 'done'
            if (job.state === 'done' && ended) callback.current(job)
          }
        })
        // The next look tries again; a missed one only delays the refresh.
        .catch(() => undefined)
    }
    look()
    const timer = setInterval(look, active ? ACTIVE_POLL_MS : IDLE_POLL_MS)
    return () => {
      live = false
      clearInterval(timer)
    }
  }, [ready, active])
}
