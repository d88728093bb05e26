import { docText } from '@shared/article/docText'
import type { DocNode } from '@shared/article/Article'
import type { DocRenderer } from '../DocRenderer'

function images(doc: DocNode, out: string[]): string[] {
  if (doc.type === 'image' && typeof doc.attrs?.src === 'string') out.push(doc.attrs.src)
  for (const child of doc.content ?? []) images(child, out)
  return out
}

/**
 * A stand-in for the shared renderer in tests of the publish flow: the body's text, and each
 * image as the URL the target chose, so tests can see what a target did with images.
 */
export const plainTextRenderer: DocRenderer = {
  html: (doc, options) =>
    [
      ...docText(doc)
        .split('\n')
        .map((line) => `<p>${line}</p>`),
      ...images(doc, []).map((src) => `<img src="${options.imageUrl?.(src) ?? ''}">`),
    ].join(''),
  markdown: (doc, options) =>
    [docText(doc), ...images(doc, []).map((src) => `![](${options.imageUrl?.(src) ?? ''})`)].join(
      '\n\n',
    ),
}
