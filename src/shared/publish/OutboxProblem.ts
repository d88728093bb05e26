import { z } from 'zod'

/** A publish job file the outbox could not use; the other jobs load regardless. */
export const OutboxProblemSchema = z.object({
  /** The job file's name in the library's `outbox` folder (or `outbox.json` for the old file). */
  file: z.string(),
  /** `damaged`: set aside in `outbox/quarantine`; `newer`: left for a newer Copydesk. */
  kind: z.enum(['damaged', 'newer']),
  /** One plain sentence for the person. */
  message: z.string(),
})
export type OutboxProblem = z.infer<typeof OutboxProblemSchema>
