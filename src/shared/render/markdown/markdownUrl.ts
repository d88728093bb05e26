/** Characters that would end or break a Markdown link destination. */
const BREAKING = /[\s()<>|\\"`]/g

/** A URL as a Markdown link destination: characters Markdown reads as syntax are percent-encoded. */
export function markdownUrl(url: string): string {
  return url.replace(
    BREAKING,
    (c) => `%${c.charCodeAt(0).toString(16).toUpperCase().padStart(2, '0')}`,
  )
}

/** A link or image title in double quotes. */
export function markdownTitle(title: string | null): string {
  if (title === null || title === '') return ''
  return ` "${title.replace(/[\r\n]+/g, ' ').replace(/[\\"]/g, '\\$&')}"`
}
