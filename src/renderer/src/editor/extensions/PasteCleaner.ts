import { formatNumber } from '@shared/format/localeFormat'
import { Extension } from '@tiptap/core'
import { Plugin, PluginKey } from '@tiptap/pm/state'
import { checkHtmlLimits } from '@shared/safety/inputLimits'
import { removedUrlsMessage, type RemovedUrls } from '@shared/safety/sanitizeDocument'
import { cleanPastedHtml } from '../paste/cleanPastedHtml'

/** Options of {@link PasteCleaner}. */
export interface PasteCleanerOptions {
  /** Tells the person, once per paste or drop, what was refused or taken out. */
  onNotice: ((message: string) => void) | null
}

/** Plain text taken in by one paste or drop; a whole long report is a few hundred thousand. */
const MAX_PLAIN_TEXT = 1_000_000

/**
 * Why pasted or dropped content is refused before any parser sees it, or null: HTML that is
 * too large, too deeply nested or has too many elements, or plain text that is too long. The
 * check is a linear scan, so a nesting or size bomb costs milliseconds, not minutes.
 */
function refusal(data: DataTransfer | null, what: string): string | null {
  if (!data) return null
  const html = data.getData('text/html')
  if (html) return checkHtmlLimits(html, what)
  const text = data.getData('text/plain')
  if (text.length > MAX_PLAIN_TEXT) {
    return `${what} is too long to take in at once (more than ${formatNumber(MAX_PLAIN_TEXT)} characters). Split it into smaller parts.`
  }
  return null
}

/**
 * Runs every HTML paste (and HTML drop) through {@link cleanPastedHtml} before parsing, after
 * refusing content over the input limits, and says once how many links and images the URL
 * rule took out.
 */
export const PasteCleaner = Extension.create<PasteCleanerOptions>({
  name: 'pasteCleaner',

  addOptions() {
    return { onNotice: null }
  },

  addProseMirrorPlugins() {
    const notice = (message: string | null): void => {
      if (message !== null) this.options.onNotice?.(message)
    }
    const refuse = (event: Event, data: DataTransfer | null, what: string): boolean => {
      const problem = refusal(data, what)
      if (problem === null) return false
      event.preventDefault()
      notice(problem)
      return true
    }
    return [
      new Plugin({
        key: new PluginKey('pasteCleaner'),
        props: {
          handleDOMEvents: {
            paste: (_view, event) => refuse(event, event.clipboardData, 'The pasted content'),
            drop: (_view, event) => refuse(event, event.dataTransfer, 'The dropped content'),
          },
          transformPastedHTML: (html) => {
            // Reached only within the limits (checked above); kept as a second guard for
            // content that arrives another way.
            const problem = checkHtmlLimits(html)
            if (problem !== null) {
              notice(problem)
              return ''
            }
            const removed: RemovedUrls = { links: 0, images: 0 }
            const clean = cleanPastedHtml(html, removed)
            notice(removedUrlsMessage(removed))
            return clean
          },
        },
      }),
    ]
  },
})
