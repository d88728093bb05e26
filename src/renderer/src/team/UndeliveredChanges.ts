import { isCopydeskError } from '../api/CopydeskError'
import { TeamDocReplica, type TeamReplicaBridge } from './TeamDocReplica'

/** First wait before sending again what a closed editor left; doubled after each failed try. */
const FIRST_RETRY_MS = 2000
const LONGEST_RETRY_MS = 30_000

/**
 * Changes of team articles that a closed editor had not delivered to main (main busy, the disk
 * full): kept for the article's next editor, and meanwhile sent again in the background until
 * main takes them, so nothing typed waits for the person to open the article again.
 */
export class UndeliveredChanges {
  private readonly byArticle = new Map<string, Uint8Array[]>()
  private readonly timers = new Map<string, ReturnType<typeof setTimeout>>()

  constructor(private readonly bridge: () => TeamReplicaBridge) {}

  /** What the next replica of article `id` starts with; it takes over sending them. */
  take(id: string): Uint8Array[] {
    this.stop(id)
    const updates = this.byArticle.get(id) ?? []
    this.byArticle.delete(id)
    return updates
  }

  /**
   * Keeps what the editor of article `id` had not delivered as it closes: its replica's (closing
   * with `closing`), or, when the replica never opened, the changes it was to start with. Sends
   * them once the close is through and main has still not taken them.
   */
  keep(
    id: string,
    replica: TeamDocReplica | null,
    carried: readonly Uint8Array[],
    closing: Promise<void>,
  ): void {
    const updates = replica ? replica.undelivered() : [...carried]
    if (updates.length === 0) return
    this.byArticle.set(id, updates)
    void closing.finally(() => {
      if (this.byArticle.get(id) !== updates) return
      const left = replica ? replica.undelivered() : updates
      if (left.length === 0) this.byArticle.delete(id)
      else this.retry(id, left, FIRST_RETRY_MS)
    })
  }

  private retry(id: string, updates: Uint8Array[], delayMs: number): void {
    this.byArticle.set(id, updates)
    this.stop(id)
    const timer = setTimeout(() => void this.send(id, updates, delayMs), delayMs)
    this.timers.set(id, timer)
  }

  private async send(id: string, updates: Uint8Array[], lastDelayMs: number): Promise<void> {
    this.timers.delete(id)
    if (this.byArticle.get(id) !== updates) return
    let left: Uint8Array[]
    try {
      left = await TeamDocReplica.deliver(id, this.bridge(), updates)
    } catch (error) {
      // The article is no longer a team article here: kept for an editor that opens it again.
      if (isCopydeskError(error, 'not_found')) return
      left = updates
    }
    // A new editor took them meanwhile and sends them itself.
    if (this.byArticle.get(id) !== updates) return
    if (left.length === 0) {
      this.byArticle.delete(id)
      return
    }
    const next = Math.min(lastDelayMs * 2, LONGEST_RETRY_MS)
    this.retry(id, left, next)
  }

  private stop(id: string): void {
    clearTimeout(this.timers.get(id))
    this.timers.delete(id)
  }
}
