import DOMPurify, { type Config } from 'dompurify'
import { REMOTE_SRC_ATTRIBUTE } from '@shared/editor/nodes/image'
import type { RemovedUrls } from '@shared/safety/RemovedUrls'
import { applyInlineStyleMarks } from './applyInlineStyleMarks'
import { convertWordLists } from './convertWordLists'
import { mapHeadingLevels } from './mapHeadingLevels'
import { normalizeElements } from './normalizeElements'
import { removeEmptyBlocks } from './removeEmptyBlocks'
import { removeWebPageChrome } from './removeWebPageChrome'

/**
 * First pass: DOMPurify removes anything dangerous (script, event handlers, `javascript:` URLs,
 * mutation-XSS tricks) and anything we never keep (style, meta, iframe, svg, form, Word's `o:p`).
 * It keeps `style`, `class` and `id` for now: the later passes read them (Google Docs bold,
 * Word list paragraphs) and then drop them.
 */
const PURIFY_CONFIG: Config = {
  ALLOWED_TAGS: [
    ...'p h1 h2 h3 h4 h5 h6 ul ol li blockquote pre code hr br'.split(' '),
    ...'strong b em i u s strike del ins a img figure figcaption span font'.split(' '),
    ...'table caption thead tbody tfoot tr th td'.split(' '),
    ...'div section article header footer main aside center dl dt dd'.split(' '),
    ...'sup sub small big mark cite q abbr kbd samp var time'.split(' '),
  ],
  ALLOWED_ATTR: [
    ...'href src alt title colspan rowspan start style class id data-pm-slice'.split(' '),
    // The address of a copied web image that was not downloaded (normalizeElements judges it).
    REMOTE_SRC_ATTRIBUTE,
  ],
  // Form controls and plug-ins are dropped with their text: button labels are not article copy.
  ADD_FORBID_CONTENTS: 'form button select textarea object embed applet canvas'.split(' '),
  ALLOW_DATA_ATTR: false,
  ALLOW_ARIA_ATTR: false,
  // href and src are the only URL attributes kept, and only on links and images, which
  // normalizeElements judges by the URL rule (and counts what it takes out, to say so once).
  ALLOWED_URI_REGEXP: /^/,
  // Otherwise DOMPurify tests these against the URI pattern too, and "2" is no URL.
  ADD_URI_SAFE_ATTR: ['colspan', 'rowspan', 'start', 'data-pm-slice'],
}

/** DOMPurify's first pass over a string of HTML, or over parsed nodes of part of it. */
export function purifyPastedHtml(dirty: string | DocumentFragment): Element {
  return DOMPurify.sanitize(dirty, { ...PURIFY_CONFIG, RETURN_DOM: true })
}

/**
 * The passes after DOMPurify, in order, each over the whole tree: a long paste runs them one
 * task each (cleanPastedHtmlInSteps).
 */
export function cleaningPasses(root: Element, removed: RemovedUrls): (() => void)[] {
  const fromProseMirror = root.querySelector('[data-pm-slice]') !== null
  return [
    () => removeWebPageChrome(root),
    () => convertWordLists(root),
    () => applyInlineStyleMarks(root),
    () => mapHeadingLevels(root, fromProseMirror),
    () => normalizeElements(root, removed),
    () => removeEmptyBlocks(root),
  ]
}

/**
 * Cleans HTML from the clipboard (Word, Google Docs, web pages, another Copydesk article) into
 * the small vocabulary the editor keeps: paragraphs, H2–H4, lists, quotes, code, tables, links,
 * images, bold/italic/underline/strike, rules and line breaks. Everything else is dropped or
 * unwrapped to its text; links and images the URL rule refuses are counted in `removed`. Pure
 * apart from that count: the input string in, a new HTML string out.
 */
export function cleanPastedHtml(
  html: string,
  removed: RemovedUrls = { links: 0, images: 0 },
): string {
  const root = purifyPastedHtml(html)
  for (const pass of cleaningPasses(root, removed)) pass()
  return root.innerHTML
}
