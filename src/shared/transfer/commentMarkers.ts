/**
 * Where an imported comment's words start and end, written into a converted file's text as
 * private-use characters around the comment's id, so the anchors survive a conversion that
 * knows nothing of comments (mammoth, the paste cleaner) and are turned into comment marks
 * once the document is built (see anchorImportedComments).
 */
const START = '\uE000'
const END = '\uE001'
const CLOSE = '\uE002'

/** The marker before a comment's first word. */
export function commentStartMarker(id: string): string {
  return `${START}${id}${CLOSE}`
}

/** The marker after a comment's last word. */
export function commentEndMarker(id: string): string {
  return `${END}${id}${CLOSE}`
}

/** Finds the markers in a text: group 1 is the start or end character, group 2 the id. */
export const COMMENT_MARKER = /([\uE000\uE001])([A-Za-z0-9_-]{1,64})\uE002/g

/** Any marker character, for cleaning what is left in text that takes no comments (a title). */
const ANY_MARKER_CHARACTER = /[\uE000-\uE002]/g

/** Text with the markers and their ids taken out. */
export function withoutCommentMarkers(text: string): string {
  return text.replace(COMMENT_MARKER, '').replace(ANY_MARKER_CHARACTER, '')
}

/** True when `character` opens a comment (false: it closes one). */
export function isCommentStart(character: string): boolean {
  return character === START
}
