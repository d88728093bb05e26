/** Replaces `element` with its children, keeping their text and structure. */
export function unwrapElement(element: Element): void {
  const slice = element.getAttribute('data-pm-slice')
  const first = element.firstElementChild
  // ProseMirror reads the slice depth from the first element; keep it when the wrapper goes.
  if (slice !== null && first && !first.hasAttribute('data-pm-slice')) {
    first.setAttribute('data-pm-slice', slice)
  }
  element.replaceWith(...Array.from(element.childNodes))
}
