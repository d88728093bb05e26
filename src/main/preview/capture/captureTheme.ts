/** What to capture and where to write the theme. */
export interface CaptureOptions {
  /** An article page of the live site. */
  url: string
  /** CSS selector of the article body; detected when omitted. */
  selector?: string
  /** Empty folder that receives theme.json, article.liquid and assets/. */
  destDir: string
  fetch?: typeof fetch
  timeoutMs?: number
}

/** Why a capture failed, in words for people. */
export class CaptureError extends Error {
  override name = 'CaptureError'
}

/** Downloads an article page and turns it into a preview theme folder. */
export async function captureTheme(_options: CaptureOptions): Promise<{ warnings: string[] }> {
  throw new CaptureError('Capturing a theme from the live site is not available yet.')
}
