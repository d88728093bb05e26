import { formatNumber } from '@shared/format/localeFormat'
import { Extension } from '@tiptap/core'
import { Plugin, PluginKey } from '@tiptap/pm/state'
import type { EditorView } from '@tiptap/pm/view'
import { checkHtmlLimits } from '@shared/safety/inputLimits'
import { removedUrlsMessage, type RemovedUrls } from '@shared/safety/RemovedUrls'
import { checkHtmlLimitsOffThread } from '../paste/checkHtmlLimitsOffThread'
import { cleanPastedHtml } from '../paste/cleanPastedHtml'
import { isPictureOnly } from '../paste/isPictureOnly'
import { localImageNames } from '../paste/localImageNames'

/** Options of {@link PasteCleaner}. */
export interface PasteCleanerOptions {
  /** Tells the person, once per paste or drop, what was refused or taken out. */
  onNotice: ((message: string) => void) | null
  /**
   * Pasted images that were only references to files on the computer (Word's pictures beside
   * text), by name: the text came, these could not.
   */
  onMissingImages: ((names: string[]) => void) | null
}

/** Pasted HTML from this size on is measured against the limits in a worker. */
const OFF_THREAD_FROM_CHARACTERS = 256_000

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
    return { onNotice: null, onMissingImages: null }
  },

  addProseMirrorPlugins() {
    const notice = (message: string | null): void => {
      if (message !== null) this.options.onNotice?.(message)
    }
    // Local file images of the paste under way: said by name, not counted as unsafe.
    let localImages = 0
    const takeStock = (data: DataTransfer | null): void => {
      const html = data?.getData('text/html') ?? ''
      const names = localImageNames(html)
      localImages = names.length
      if (names.length === 0) return
      // A picture alone comes with its image file, which the image handler takes instead.
      const files = Array.from(data?.files ?? []).filter((f) => f.type.startsWith('image/'))
      if (isPictureOnly(html) && files.length >= names.length) return
      this.options.onMissingImages?.(names)
    }
    const refuse = (event: Event, data: DataTransfer | null, what: string): boolean => {
      const problem = refusal(data, what)
      if (problem === null) return false
      event.preventDefault()
      notice(problem)
      return true
    }
    /** HTML already measured off the main thread; transformPastedHTML need not scan it again. */
    let measured: string | null = null
    /**
     * A large HTML paste is measured in a worker first (the window answers meanwhile), then
     * pasted as it would have been, or refused with the reason.
     */
    const pasteLarge = (view: EditorView, event: ClipboardEvent): boolean => {
      const html = event.clipboardData?.getData('text/html') ?? ''
      if (!view.editable || html.length < OFF_THREAD_FROM_CHARACTERS) return false
      event.preventDefault()
      takeStock(event.clipboardData)
      void checkHtmlLimitsOffThread(html, 'The pasted content').then((problem) => {
        if (problem !== null) return notice(problem)
        if (view.isDestroyed || !view.editable) return
        measured = html
        view.pasteHTML(html)
        measured = null
      })
      return true
    }
    return [
      new Plugin({
        key: new PluginKey('pasteCleaner'),
        props: {
          handleDOMEvents: {
            paste: (view, event) => {
              if (pasteLarge(view, event)) return true
              if (refuse(event, event.clipboardData, 'The pasted content')) return true
              takeStock(event.clipboardData)
              return false
            },
            drop: (_view, event) => refuse(event, event.dataTransfer, 'The dropped content'),
          },
          transformPastedHTML: (html) => {
            // Reached only within the limits (checked above); kept as a second guard for
            // content that arrives another way.
            const problem = html === measured ? null : checkHtmlLimits(html)
            if (problem !== null) {
              notice(problem)
              return ''
            }
            const removed: RemovedUrls = { links: 0, images: 0 }
            const clean = cleanPastedHtml(html, removed)
            removed.images = Math.max(0, removed.images - localImages)
            localImages = 0
            notice(removedUrlsMessage(removed))
            return clean
          },
        },
      }),
    ]
  },
})
