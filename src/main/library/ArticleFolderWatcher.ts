import { watch, type FSWatcher } from 'node:fs'
import { isArticleId } from './isArticleId'

/** Events are gathered this long, so a sync tool's burst of changes costs one check per folder. */
const SETTLE_MS = 300

/**
 * Watches the articles folder for article folders that appear, disappear or change (a sync
 * tool, a restore, a copy made by hand) and hands their ids, settled, to `onChange`. Only the
 * articles folder itself is watched, not every article's folder: a watch per folder would
 * not scale to tens of thousands of articles; changes inside an open article are found by
 * the editor's disk check and before each save instead.
 */
export class ArticleFolderWatcher {
  private watcher: FSWatcher | null = null
  private readonly changed = new Set<string>()
  private timer: ReturnType<typeof setTimeout> | null = null

  constructor(
    dir: string,
    private readonly onChange: (ids: string[]) => void,
  ) {
    try {
      this.watcher = watch(dir, { persistent: false }, (_event, name) => {
        if (typeof name === 'string' && isArticleId(name)) this.note(name)
      })
      // A watch that breaks (the folder removed, a network drive gone) just stops reporting.
      this.watcher.on('error', () => this.close())
    } catch {
      this.watcher = null
    }
  }

  close(): void {
    this.watcher?.close()
    this.watcher = null
    if (this.timer) clearTimeout(this.timer)
    this.timer = null
  }

  private note(id: string): void {
    this.changed.add(id)
    if (this.timer) return
    this.timer = setTimeout(() => {
      this.timer = null
      const ids = [...this.changed]
      this.changed.clear()
      this.onChange(ids)
    }, SETTLE_MS)
    this.timer.unref()
  }
}
