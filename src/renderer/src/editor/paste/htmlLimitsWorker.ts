import { checkHtmlLimits } from '@shared/safety/inputLimits'

/**
 * Measures pasted HTML against the input limits away from the window's main thread: scanning
 * megabytes of a refused bomb there took 140–390 ms, a task the window could not answer in.
 */
self.onmessage = (event: MessageEvent<{ html: string; what: string }>) => {
  self.postMessage(checkHtmlLimits(event.data.html, event.data.what))
}
