/**
 * Replaces `element` with a new element named `tagName` holding the same children (attributes
 * are not carried over; the caller decides what to keep). Returns the new element.
 */
export function renameElement(element: Element, tagName: string): Element {
  const renamed = element.ownerDocument.createElement(tagName)
  const slice = element.getAttribute('data-pm-slice')
  if (slice !== null) renamed.setAttribute('data-pm-slice', slice)
  while (element.firstChild) renamed.appendChild(element.firstChild)
  element.replaceWith(renamed)
  return renamed
}
