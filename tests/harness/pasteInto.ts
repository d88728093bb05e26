import type { Page } from 'playwright-core'

/** What a paste carries: HTML and plain text flavours, and files (Word puts its pictures there). */
export interface Clipboard {
  html?: string
  text?: string
  files?: { name: string; type: string; bytes: Buffer }[]
}

/**
 * Fires a paste on the element at `selector` as the browser would when a person presses
 * Ctrl/Cmd+V with `clipboard` on the clipboard. With `later`, the paste fires in a task of its
 * own after this returns, so a test can measure how the window answers while it is taken in.
 */
export async function pasteInto(
  page: Page,
  selector: string,
  clipboard: Clipboard,
  later = false,
): Promise<void> {
  const files = (clipboard.files ?? []).map((f) => ({ ...f, bytes: f.bytes.toString('base64') }))
  await page.evaluate(
    ([sel, html, text, fileData, inTask]) => {
      const el = document.querySelector(sel)
      if (!el) throw new Error(`No ${sel} to paste into.`)
      const fire = (): void => {
        const dt = new DataTransfer()
        if (html !== null) dt.setData('text/html', html)
        if (text !== null) dt.setData('text/plain', text)
        for (const file of fileData) {
          const bytes = Uint8Array.from(atob(file.bytes), (c) => c.charCodeAt(0))
          dt.items.add(new File([bytes], file.name, { type: file.type }))
        }
        el.dispatchEvent(
          new ClipboardEvent('paste', { clipboardData: dt, bubbles: true, cancelable: true }),
        )
      }
      if (inTask) setTimeout(fire, 0)
      else fire()
    },
    [selector, clipboard.html ?? null, clipboard.text ?? null, files, later] as const,
  )
}
