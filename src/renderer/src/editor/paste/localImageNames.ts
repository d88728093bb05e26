/** A `file:` URL, a drive path (`C:\…`) or a UNC path (`\\server\…`): a file on some computer. */
const LOCAL_SOURCE = /^(file:|[a-z]:[\\/]|\\\\)/i

/** The last part of a path or URL, decoded when it can be. */
function baseName(src: string): string {
  const last = src.split(/[\\/]/).pop() ?? src
  try {
    return decodeURIComponent(last)
  } catch {
    return last
  }
}

/**
 * The images in pasted HTML (a string, or its parsed body) that point at a file on the computer
 * instead of carrying their picture (Word does this for pictures beside text), named as a person
 * would know them: their alternative text, else their file name. The editor cannot read such
 * files.
 */
export function localImageNames(html: string | ParentNode): string[] {
  if (typeof html === 'string' && !/<img/i.test(html)) return []
  const body =
    typeof html === 'string' ? new DOMParser().parseFromString(html, 'text/html').body : html
  return Array.from(body.querySelectorAll('img'))
    .map((img) => ({ src: img.getAttribute('src')?.trim() ?? '', alt: img.alt.trim() }))
    .filter(({ src }) => LOCAL_SOURCE.test(src))
    .map(({ src, alt }) => alt || baseName(src))
}
