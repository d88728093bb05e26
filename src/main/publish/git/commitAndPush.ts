import { t } from '@shared/i18n/i18n'
import { PublishError } from '../PublishError'
import type { PublishContext } from '../PublishTarget'
import { asChanges, type Step } from './publishSteps'
import type { Author, SiteRepo } from './SiteRepo'

/** How often a push is rebuilt on a remote that moved ahead before giving up for now. */
const PUSH_ATTEMPTS = 4

/** One change to commit, built on a given head. */
export interface HeadChange<T> {
  steps: Step[]
  message: string
  /** What the publish returns once `commit` is on the site. */
  result: (commit: string) => T
  /** What it returns when the site already holds the change (no steps). */
  done: (head: string | null) => T
}

/** A check of the commit before it is sent; it throws to stop the push. */
export interface BeforePush {
  /** The progress step shown while it runs: "Building the site with Hugo". */
  step: string
  run(commit: string): Promise<void>
}

/**
 * Fetch, build the change on the fresh head, commit, (check,) push; again from the new head
 * when the site moved ahead meanwhile.
 */
export async function commitAndPush<T>(
  context: PublishContext,
  repo: SiteRepo,
  author: Author,
  build: (head: string | null) => Promise<HeadChange<T>>,
  beforePush?: BeforePush,
): Promise<T> {
  const total = beforePush ? 5 : 4
  for (let attempt = 0; attempt < PUSH_ATTEMPTS; attempt++) {
    context.progress({ step: t('publish.steps.fetching'), done: 0, total })
    const head = await repo.fetch()
    context.progress({ step: t('publish.steps.preparingFiles'), done: 1, total })
    const change = await build(head)
    if (change.steps.length === 0) {
      context.progress({ step: t('publish.steps.alreadyThere'), done: total, total })
      return change.done(head)
    }
    context.progress({ step: t('publish.steps.savingChange'), done: 2, total })
    const commit = await repo.commit(head, asChanges(change.steps), change.message, author)
    if (beforePush) {
      context.progress({ step: beforePush.step, done: 3, total })
      await beforePush.run(commit)
    }
    context.progress({ step: t('publish.steps.sendingToSite'), done: total - 1, total })
    if (await repo.push(commit)) {
      context.progress({ step: t('publish.steps.published'), done: total, total })
      return change.result(commit)
    }
  }
  throw new PublishError('server', t('targetsMain.git.keptChanging'))
}
