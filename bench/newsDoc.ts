import type { DocNode } from '@shared/article/Article'

/** A typical news paragraph (≈ 60 words), repeated to build long documents. */
export const NEWS_PARAGRAPH =
  'The company announced on Tuesday that its regional offices will move to a shared campus next ' +
  'spring, bringing engineering, sales and support teams under one roof for the first time. ' +
  'Managers expect the change to shorten project handovers, cut travel between sites and give ' +
  'customers a single place to visit when they want to see new products before launch.'

const WORDS_PER_PARAGRAPH = NEWS_PARAGRAPH.split(/\s+/).length

/** A document of about `words` words: the news paragraph repeated, an H2 every 8 paragraphs. */
export function newsDoc(words: number): DocNode {
  const content: DocNode[] = []
  const paragraphs = Math.ceil(words / WORDS_PER_PARAGRAPH)
  for (let i = 0; i < paragraphs; i++) {
    if (i % 8 === 0) {
      content.push({
        type: 'heading',
        attrs: { level: 2 },
        content: [{ type: 'text', text: `Section ${i / 8 + 1}` }],
      })
    }
    content.push({ type: 'paragraph', content: [{ type: 'text', text: NEWS_PARAGRAPH }] })
  }
  return { type: 'doc', content }
}

/** The same document as HTML, for pages that take HTML. */
export function newsHtml(words: number): string {
  return (newsDoc(words).content ?? [])
    .map((n) =>
      n.type === 'heading' ? `<h2>${n.content?.[0]?.text ?? ''}</h2>` : `<p>${NEWS_PARAGRAPH}</p>`,
    )
    .join('')
}
