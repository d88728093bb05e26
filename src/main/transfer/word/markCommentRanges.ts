import { commentEndMarker, commentStartMarker } from '@shared/transfer/commentMarkers'

const TAG = /<(\/?)w:(p|commentRangeStart|commentRangeEnd)\b([^>]*?)(\/?)>/g

function markerRun(text: string): string {
  return `<w:r><w:t xml:space="preserve">${text}</w:t></w:r>`
}

/**
 * Rewrites a Word body (`word/document.xml`) so that each anchored comment's range start and
 * end become runs of marker text (see commentMarkers), which a converter that ignores comments
 * carries through as text. A range marker outside any paragraph (between paragraphs or table
 * cells) moves into the next paragraph for a start and the previous one for an end. Ranges of
 * comments not in `anchors` (replies, empty comments) are left out.
 */
export function markCommentRanges(xml: string, anchors: ReadonlyMap<string, string>): string {
  const inserts: { at: number; text: string }[] = []
  let depth = 0
  let lastParagraphEnd = -1
  let waiting: string[] = []
  for (const match of xml.matchAll(TAG)) {
    const [whole, closing, name, attributes = '', selfClosing] = match
    const at = match.index
    if (name === 'p') {
      if (closing) {
        depth = Math.max(0, depth - 1)
        lastParagraphEnd = at
      } else if (!selfClosing) {
        depth += 1
        if (waiting.length > 0) {
          inserts.push({ at: at + whole.length, text: waiting.map(markerRun).join('') })
          waiting = []
        }
      }
      continue
    }
    const id = /\bw:id="([^"]*)"/.exec(attributes)?.[1]
    const commentId = id === undefined ? undefined : anchors.get(id)
    if (commentId === undefined) continue
    const start = name === 'commentRangeStart'
    const marker = start ? commentStartMarker(commentId) : commentEndMarker(commentId)
    if (depth > 0) inserts.push({ at, text: markerRun(marker) })
    else if (start) waiting.push(marker)
    else if (lastParagraphEnd >= 0) inserts.push({ at: lastParagraphEnd, text: markerRun(marker) })
  }
  let out = ''
  let from = 0
  for (const { at, text } of inserts.sort((a, b) => a.at - b.at)) {
    out += xml.slice(from, at) + text
    from = at
  }
  return out + xml.slice(from)
}
