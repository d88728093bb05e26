import { strFromU8, strToU8, unzipSync, zipSync } from 'fflate'

const EXTENDED = 'word/commentsExtended.xml'
const EXTENDED_TYPE =
  'application/vnd.openxmlformats-officedocument.wordprocessingml.commentsExtended+xml'
const EXTENDED_RELATION = 'http://schemas.microsoft.com/office/2011/relationships/commentsExtended'

function paraId(wordId: number): string {
  return (wordId + 1).toString(16).toUpperCase().padStart(8, '0')
}

/**
 * Writes which comments are resolved into a Word file that has no threading part. The `docx`
 * library writes `word/commentsExtended.xml` (where Word keeps "resolved") only when a comment
 * has replies, so a resolved comment without replies would open in Word as open. Each comment's
 * last paragraph gets an id and the part lists the resolved ones as done.
 */
export function markResolvedComments(bytes: Uint8Array, resolved: ReadonlySet<number>): Uint8Array {
  if (resolved.size === 0) return bytes
  const files = unzipSync(bytes)
  const comments = files['word/comments.xml']
  if (files[EXTENDED] || !comments) return bytes
  const ids: number[] = []
  const xml = strFromU8(comments).replace(
    /(<w:comment\b[^>]*\bw:id="(\d+)"[^>]*>)([\s\S]*?)<\/w:comment>/g,
    (_, open: string, id: string, inner: string) => {
      ids.push(Number(id))
      const last = inner.lastIndexOf('<w:p>')
      if (last < 0) return `${open}${inner}</w:comment>`
      const tag = `<w:p w14:paraId="${paraId(Number(id))}" w14:textId="${paraId(Number(id))}">`
      return `${open}${inner.slice(0, last)}${tag}${inner.slice(last + 5)}</w:comment>`
    },
  )
  files['word/comments.xml'] = strToU8(xml)
  const entries = ids
    .map(
      (id) =>
        `<w15:commentEx w15:paraId="${paraId(id)}"${resolved.has(id) ? ' w15:done="1"' : ''}/>`,
    )
    .join('')
  files[EXTENDED] = strToU8(
    '<?xml version="1.0" encoding="UTF-8" standalone="yes"?>' +
      '<w15:commentsEx xmlns:mc="http://schemas.openxmlformats.org/markup-compatibility/2006" ' +
      'xmlns:w15="http://schemas.microsoft.com/office/word/2012/wordml" mc:Ignorable="w15">' +
      `${entries}</w15:commentsEx>`,
  )
  const types = strFromU8(files['[Content_Types].xml'] ?? new Uint8Array())
  if (!types.includes(EXTENDED_TYPE)) {
    files['[Content_Types].xml'] = strToU8(
      types.replace(
        '</Types>',
        `<Override PartName="/${EXTENDED}" ContentType="${EXTENDED_TYPE}"/></Types>`,
      ),
    )
  }
  const relations = strFromU8(files['word/_rels/document.xml.rels'] ?? new Uint8Array())
  if (!relations.includes(EXTENDED_RELATION)) {
    files['word/_rels/document.xml.rels'] = strToU8(
      relations.replace(
        '</Relationships>',
        `<Relationship Id="rIdCommentsExtended" Type="${EXTENDED_RELATION}" Target="commentsExtended.xml"/></Relationships>`,
      ),
    )
  }
  return zipSync(files)
}
