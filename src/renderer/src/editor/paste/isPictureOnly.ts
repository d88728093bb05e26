/**
 * Whether clipboard HTML is just a picture (a browser's "Copy image", or a picture alone copied
 * from Word): no text, at least one `<img>`. Then the clipboard's image file is the picture.
 */
export function isPictureOnly(html: string): boolean {
  const body = new DOMParser().parseFromString(html, 'text/html').body
  return (body.textContent ?? '').trim() === '' && body.querySelector('img') !== null
}
