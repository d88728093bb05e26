import { checkHtmlLimits, type LimitProblem } from '@shared/safety/inputLimits'

/**
 * {@link checkHtmlLimits} in a worker, so the window keeps answering while megabytes are
 * scanned. Where no worker can start (tests without one, a refused script) the scan runs here.
 */
export function checkHtmlLimitsOffThread(html: string, what: string): Promise<LimitProblem> {
  let worker: Worker
  try {
    worker = new Worker(new URL('./htmlLimitsWorker.ts', import.meta.url), { type: 'module' })
  } catch {
    return Promise.resolve(checkHtmlLimits(html, what))
  }
  return new Promise<LimitProblem>((resolve) => {
    worker.onmessage = (event: MessageEvent<LimitProblem>) => resolve(event.data)
    worker.onerror = () => resolve(checkHtmlLimits(html, what))
    worker.postMessage({ html, what })
  }).finally(() => worker.terminate())
}
