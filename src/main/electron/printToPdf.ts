import { randomUUID } from 'node:crypto'
import { BrowserWindow, session, type Session } from 'electron'
import { APP_SCHEME } from './appProtocol'

/** A session of its own, in memory only, that serves nothing but the pages being printed. */
const PRINT_PARTITION = 'copydesk-print'
const PRINT_HOST = 'print'

const pages = new Map<string, string>()
let printSession: Session | null = null

/**
 * Renders a whole HTML document to PDF with Chromium's printer: a hidden, sandboxed window with
 * JavaScript off loads the page from a one-off in-memory route (data: URLs are limited in
 * length, and review copies carry their images inline), prints it and closes. Navigation away
 * and new windows are refused for it as for every web contents (hardenWebContents).
 */
export async function printToPdf(html: string): Promise<Uint8Array> {
  const ses = ensurePrintSession()
  const token = randomUUID()
  pages.set(token, html)
  const window = new BrowserWindow({
    show: false,
    width: 1024,
    height: 1400,
    webPreferences: {
      session: ses,
      sandbox: true,
      javascript: false,
      contextIsolation: true,
      nodeIntegration: false,
      webSecurity: true,
      webviewTag: false,
      navigateOnDragDrop: false,
      disableBlinkFeatures: 'Auxclick',
    },
  })
  try {
    await window.loadURL(`${APP_SCHEME}://${PRINT_HOST}/${token}.html`)
    const pdf = await window.webContents.printToPDF({ pageSize: 'A4', printBackground: true })
    return new Uint8Array(pdf)
  } finally {
    pages.delete(token)
    window.destroy()
  }
}

function ensurePrintSession(): Session {
  if (printSession) return printSession
  const ses = session.fromPartition(PRINT_PARTITION)
  ses.protocol.handle(APP_SCHEME, (request) => {
    const url = new URL(request.url)
    const html = url.host === PRINT_HOST ? pages.get(url.pathname.slice(1, -'.html'.length)) : null
    if (html === undefined || html === null) return new Response('Not found', { status: 404 })
    return new Response(html, { headers: { 'Content-Type': 'text/html; charset=utf-8' } })
  })
  // The page is self-contained: anything it would fetch from elsewhere is refused.
  ses.webRequest.onBeforeRequest((details, callback) => {
    callback({ cancel: !details.url.startsWith(`${APP_SCHEME}://${PRINT_HOST}/`) })
  })
  ses.setPermissionRequestHandler((_contents, _permission, callback) => callback(false))
  printSession = ses
  return ses
}
