/**
 * Documented limits of an article document, checked where a document enters (a save, a
 * preview, a file read from disk) so that a hostile or broken document gets a clear refusal
 * instead of exhausting the stack or holding the main side.
 */

/** Deepest nesting of blocks (lists and quotes inside each other); editors stay far below. */
export const MAX_DOC_DEPTH = 200

/** Most nodes (paragraphs, text runs, list items …) in one document: far above a 200,000-word article. */
export const MAX_DOC_NODES = 250_000

/** Depth of plain JSON allowed in one request: a document at its deepest, and some room. */
export const MAX_INPUT_DEPTH = MAX_DOC_DEPTH * 2 + 16

/** The refusal for a document nested too deeply, in plain words. */
export const TOO_DEEP_MESSAGE = `This document is nested more deeply than Copydesk supports (at most ${MAX_DOC_DEPTH} lists or quotes inside each other).`

/** The refusal for a document with too many parts, in plain words. */
export const TOO_MANY_NODES_MESSAGE = `This document has more parts than Copydesk supports (at most ${MAX_DOC_NODES.toLocaleString('en')} paragraphs, list items and text runs). Split it into several articles.`
