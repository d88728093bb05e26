import { app, shell, type WebContents } from 'electron'
import { isWebUrl, safeExternalUrl } from '@shared/safety/urlPolicy'

/**
 * Locks down every web contents the app ever creates (windows, and anything a bug might open):
 * no navigation away from the current page, no new windows, no <webview>. Links meant for the
 * browser go to the operating system instead.
 */
export function hardenWebContents(): void {
  app.on('web-contents-created', (_event, contents) => {
    contents.on('will-navigate', (event) => {
      if (!isSamePage(contents, event.url)) event.preventDefault()
    })
    contents.on('will-redirect', (event) => {
      if (!isSamePage(contents, event.url)) event.preventDefault()
    })
    contents.on('will-attach-webview', (event) => event.preventDefault())
    contents.setWindowOpenHandler(({ url }) => {
      if (isWebUrl(url) && safeExternalUrl(url) !== null) {
        shell.openExternal(url).catch((error: unknown) => {
          console.error('Could not open a link in the browser', error)
        })
      }
      return { action: 'deny' }
    })
  })
}

/** The same document, ignoring the fragment: in-page anchors are the only navigation allowed. */
function isSamePage(contents: WebContents, target: string): boolean {
  try {
    const current = new URL(contents.getURL())
    const next = new URL(target)
    current.hash = ''
    next.hash = ''
    return current.href === next.href
  } catch {
    return false
  }
}
