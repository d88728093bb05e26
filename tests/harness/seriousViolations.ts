import { AxeBuilder } from '@axe-core/playwright'
import axe from 'axe-core'
import type { Page } from 'playwright-core'

/** Options of {@link seriousViolations}. */
export interface AxeScope {
  /** Only this part of the page (a dialog, a notice); the whole page by default. */
  include?: string
  /** Name of the screen, put before each finding so a failure says where it was. */
  screen?: string
  /**
   * The page's clock is stopped (`page.clock.pauseAt`) to hold the screen still: axe runs in a
   * world of its own, with real timers, over the same document.
   */
  whileTimeStandsStill?: boolean
}

/**
 * The names people say to voice control must contain what a button shows, so
 * `label-content-name-mismatch` (off by default in axe) is on.
 */
const RULES = { 'label-content-name-mismatch': { enabled: true } }

/**
 * The critical and serious axe-core violations on the page as it is now, one line each: rule,
 * then the first offending elements. The preview frame is a picture of the site's own page, not
 * Copydesk's UI, so it is left out.
 */
export async function seriousViolations(page: Page, scope: AxeScope = {}): Promise<string[]> {
  const violations = scope.whileTimeStandsStill
    ? await violationsInOwnWorld(page, scope.include)
    : await violationsInPage(page, scope.include)
  const prefix = scope.screen ? `${scope.screen}: ` : ''
  return violations
    .filter((v) => v.impact === 'critical' || v.impact === 'serious')
    .map(
      (v) =>
        `${prefix}${v.id} ${v.nodes
          .slice(0, 3)
          .map((n) => n.target.join(' '))
          .join(', ')}`,
    )
}

async function violationsInPage(page: Page, include?: string): Promise<axe.Result[]> {
  let builder = new AxeBuilder({ page }).exclude('iframe').options({ rules: RULES })
  if (include) builder = builder.include(include)
  return (await builder.analyze()).violations
}

/**
 * axe waits on timers between its checks; in the page's own world they are the stopped clock's.
 * A world of its own (as extensions have) sees the same document with the browser's timers.
 */
async function violationsInOwnWorld(page: Page, include?: string): Promise<axe.Result[]> {
  const cdp = await page.context().newCDPSession(page)
  try {
    const { frameTree } = await cdp.send('Page.getFrameTree')
    const { executionContextId: contextId } = await cdp.send('Page.createIsolatedWorld', {
      frameId: frameTree.frame.id,
      worldName: 'accessibility-check',
    })
    await cdp.send('Runtime.evaluate', { expression: axe.source, contextId })
    const context = JSON.stringify({
      include: include ? [[include]] : undefined,
      exclude: [['iframe']],
    })
    const { result, exceptionDetails } = await cdp.send('Runtime.evaluate', {
      expression: `axe.run(${context}, { rules: ${JSON.stringify(RULES)} }).then((r) => r.violations)`,
      contextId,
      awaitPromise: true,
      returnByValue: true,
    })
    if (exceptionDetails) throw new Error(`axe failed: ${exceptionDetails.text}`)
    return result.value as axe.Result[]
  } finally {
    await cdp.detach()
  }
}
