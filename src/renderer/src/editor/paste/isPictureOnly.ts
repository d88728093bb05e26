/**
 * Whether clipboard HTML (a string, or its parsed body) is just a picture (a browser's "Copy
 * image", or a picture alone copied from Word): no text, at least one `<img>`. Then the
 * clipboard's image file is the picture.
 */
export function isPictureOnly(html: string | Element): boolean {
  const body =
    typeof html === 'string' ? new DOMParser().parseFromString(html, 'text/html').body : html
  return (body.textContent ?? '').trim() === '' && body.querySelector('img') !== null
}
