import { formatNumber } from '@shared/format/localeFormat'
import { Extension } from '@tiptap/core'
import { DOMParser as ProseMirrorDOMParser, type Node as ProseMirrorNode } from '@tiptap/pm/model'
import { Plugin, PluginKey } from '@tiptap/pm/state'
import type { EditorView } from '@tiptap/pm/view'
import { checkHtmlLimits } from '@shared/safety/inputLimits'
import { removedUrlsMessage, type RemovedUrls } from '@shared/safety/RemovedUrls'
import { checkHtmlLimitsOffThread } from '../paste/checkHtmlLimitsOffThread'
import { cleanPastedHtml } from '../paste/cleanPastedHtml'
import { cleanPastedHtmlInSteps } from '../paste/cleanPastedHtmlInSteps'
import { isPictureOnly } from '../paste/isPictureOnly'
import { localImageNames } from '../paste/localImageNames'
import { parseMiddle, splitLongPaste, splitLongText, withMiddle } from '../paste/splitLongPaste'
import { t } from '@shared/i18n/i18n'

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

/**
 * Pasted HTML from this size on (a few hundred paragraphs) is cleaned in steps and parsed in a
 * task of its own, so no one task holds the window for the time of all of it.
 */
const IN_STEPS_FROM_CHARACTERS = 32_000

/** Lets the window handle input and draw before the next step. */
const nextTask = (): Promise<void> => new Promise((resolve) => setTimeout(resolve, 0))

/** The parser ProseMirror parses pastes with in `view`. */
function parserOf(view: EditorView): ProseMirrorDOMParser {
  return (
    view.someProp('clipboardParser') ??
    view.someProp('domParser') ??
    ProseMirrorDOMParser.fromSchema(view.state.schema)
  )
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
    return t('startupMain.limits.textTooLong', { what, limit: formatNumber(MAX_PLAIN_TEXT) })
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
    /** Pasted HTML (or its parsed body) and the image files that came with it. */
    const takeStock = (html: string | HTMLElement, files: File[]): void => {
      const names = localImageNames(html)
      localImages = names.length
      if (names.length === 0) return
      // A picture alone comes with its image file, which the image handler takes instead.
      const images = files.filter((f) => f.type.startsWith('image/'))
      if (isPictureOnly(html) && images.length >= names.length) return
      this.options.onMissingImages?.(names)
    }
    const refuse = (event: Event, data: DataTransfer | null, what: string): boolean => {
      const problem = refusal(data, what)
      if (problem === null) return false
      event.preventDefault()
      notice(problem)
      return true
    }
    /** HTML already cleaned by the paste under way; transformPastedHTML passes it through. */
    let cleaned: string | null = null
    /** The middle of the split paste under way, parsed: transformPasted puts it in place. */
    let middle: ProseMirrorNode[] | null = null
    /** Says once what the URL rule took out; local file images were said by name. */
    const sayRemoved = (removed: RemovedUrls): void => {
      removed.images = Math.max(0, removed.images - localImages)
      localImages = 0
      notice(removedUrlsMessage(removed))
    }
    const clean = (html: string): string => {
      const removed: RemovedUrls = { links: 0, images: 0 }
      const result = cleanPastedHtml(html, removed)
      sayRemoved(removed)
      return result
    }
    // Shift+paste takes the plain text (ProseMirror reads the key); the HTML is not used then.
    let shift = false
    /**
     * A large HTML paste is measured (in a worker from OFF_THREAD_FROM_CHARACTERS on, while the
     * window answers), cleaned in steps of a task each (cleanPastedHtmlInSteps) and parsed in
     * the next task — a very long one in parts, its middle a task per part (splitLongPaste) —
     * then pasted as it would have been (long pastes go in by parts, see PasteInParts), or
     * refused with the reason.
     */
    const pasteLarge = (view: EditorView, event: ClipboardEvent): boolean => {
      const html = event.clipboardData?.getData('text/html') ?? ''
      if (!view.editable || shift || html.length < IN_STEPS_FROM_CHARACTERS) return false
      // In code, ProseMirror pastes the plain text.
      if (view.state.selection.$from.parent.type.spec.code === true) return false
      event.preventDefault()
      // The clipboard is readable only while the event is handled.
      const files = Array.from(event.clipboardData?.files ?? [])
      const what = t('screens.editorNotes.pastedContent')
      const measured =
        html.length >= OFF_THREAD_FROM_CHARACTERS
          ? checkHtmlLimitsOffThread(html, what)
          : Promise.resolve(checkHtmlLimits(html, what))
      void measured.then(async (problem) => {
        if (problem !== null) return notice(problem)
        if (view.isDestroyed || !view.editable) return
        const removed: RemovedUrls = { links: 0, images: 0 }
        // Images are looked at only within the limits, in the one parse the cleaning does.
        const root = await cleanPastedHtmlInSteps(html, removed, nextTask, {
          onParsed: (body) => takeStock(body, files),
        })
        sayRemoved(removed)
        const split = splitLongPaste(root)
        let parsedMiddle: ProseMirrorNode[] | null = null
        if (split) {
          parsedMiddle = await parseMiddle(split.parts, parserOf(view), nextTask)
        }
        await nextTask()
        if (view.isDestroyed || !view.editable) return
        const result = split ? split.edges : root.innerHTML
        cleaned = result
        middle = parsedMiddle
        try {
          view.pasteHTML(result)
        } finally {
          cleaned = null
          middle = null
        }
      })
      return true
    }
    /**
     * A long plain-text paste (or Shift+paste) outside code, its middle parsed a part per task
     * (see splitLongText), then pasted as ProseMirror pastes text; false to let it paste as usual.
     */
    const pasteLongText = (view: EditorView, event: ClipboardEvent): boolean => {
      const data = event.clipboardData
      if (!view.editable || (data?.getData('text/html') && !shift)) return false
      const text = data?.getData('text/plain') ?? ''
      if (text.length < IN_STEPS_FROM_CHARACTERS || text.length > MAX_PLAIN_TEXT) return false
      const { $from } = view.state.selection
      // In code it stays one text; text typed with marks on takes them, line by line.
      if ($from.parent.type.spec.code === true || $from.marks().length > 0) return false
      const split = splitLongText(text, view.dom.ownerDocument)
      if (!split) return false
      event.preventDefault()
      void (async () => {
        const parsed = await parseMiddle(split.parts, parserOf(view), nextTask, {
          preserveWhitespace: true,
        })
        await nextTask()
        if (view.isDestroyed || !view.editable) return
        middle = parsed
        try {
          view.pasteText(split.edges)
        } finally {
          middle = null
        }
      })()
      return true
    }
    return [
      new Plugin({
        key: new PluginKey('pasteCleaner'),
        props: {
          handleDOMEvents: {
            keydown: (_view, event) => {
              shift = event.shiftKey
              return false
            },
            keyup: (_view, event) => {
              shift = event.shiftKey
              return false
            },
            paste: (view, event) => {
              if (pasteLarge(view, event) || pasteLongText(view, event)) return true
              if (refuse(event, event.clipboardData, t('screens.editorNotes.pastedContent')))
                return true
              const data = event.clipboardData
              takeStock(data?.getData('text/html') ?? '', Array.from(data?.files ?? []))
              return false
            },
            drop: (_view, event) =>
              refuse(event, event.dataTransfer, t('screens.editorNotes.droppedContent')),
          },
          transformPasted: (slice) => (middle ? withMiddle(slice, middle) : slice),
          transformPastedHTML: (html) => {
            if (html === cleaned) return html
            // Reached only within the limits (checked above); kept as a second guard for
            // content that arrives another way.
            const problem = checkHtmlLimits(html)
            if (problem !== null) {
              notice(problem)
              return ''
            }
            return clean(html)
          },
        },
      }),
    ]
  },
})
