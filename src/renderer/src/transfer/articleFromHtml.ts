import type { DocNode } from '@shared/article/Article'
import type { ImportImage } from '@shared/transfer/ImportedArticle'
import { metaFromFrontMatter } from '@shared/transfer/metaFromFrontMatter'
import type { ConvertedFile } from '@shared/transfer/articleFromMarkdown'
import { replaceImageSrcs } from '@shared/transfer/replaceImageSrcs'
import { titleFromFileName } from '@shared/transfer/titleFromFileName'
import { docFromHtml } from './docFromHtml'
import { ImportImages } from './ImportImages'

/** `<meta name>` values read as details, under the keys a Markdown front matter would use. */
const META_KEYS: Record<string, string> = {
  description: 'description',
  'og:description': 'description',
  author: 'author',
  slug: 'slug',
  category: 'category',
  'article:section': 'category',
  keywords: 'keywords',
  date: 'date',
  'article:published_time': 'date',
}

function headDetails(page: Document): Record<string, unknown> {
  const data: Record<string, unknown> = {}
  for (const meta of Array.from(page.querySelectorAll('meta[name], meta[property]'))) {
    const name = (meta.getAttribute('name') ?? meta.getAttribute('property') ?? '').toLowerCase()
    const key = META_KEYS[name]
    const content = meta.getAttribute('content')?.trim()
    if (key && content && data[key] === undefined) data[key] = content
  }
  const tags = Array.from(page.querySelectorAll('meta[property="article:tag"]'))
    .map((m) => m.getAttribute('content')?.trim() ?? '')
    .filter(Boolean)
  if (tags.length > 0 && data.keywords === undefined) data.keywords = tags
  return data
}

/** The images of a document still held as `data:` URLs, each stored as an import image. */
async function takeDataImages(doc: DocNode, images: ImportImage[]): Promise<DocNode> {
  const sources = new Map<string, string | null>()
  const visit = (node: DocNode): void => {
    const src = node.attrs?.src
    if (node.type === 'image' && typeof src === 'string' && src.startsWith('data:')) {
      sources.set(src, null)
    }
    node.content?.forEach(visit)
  }
  visit(doc)
  let n = 0
  for (const src of sources.keys()) {
    const image = await ImportImages.fromDataUrl(src, `image-${++n}`)
    if (image) images.push(image)
    sources.set(src, image?.ref ?? null)
  }
  return sources.size === 0 ? doc : replaceImageSrcs(doc, sources)
}

/**
 * An HTML file as an article: the title from `<title>` or the first `<h1>` (which then leaves
 * the body), details from `<meta>` tags, the body through the paste cleaner and the editor's
 * parse rules. Parsing builds an inert document: no script runs and nothing loads. Images
 * referenced by relative path are taken from `companions`; `data:` images come along too.
 */
export async function articleFromHtml(
  fileName: string,
  html: string,
  companions: ImportImages,
): Promise<ConvertedFile & { images: ImportImage[] }> {
  const page = new DOMParser().parseFromString(html, 'text/html')
  const meta = metaFromFrontMatter(headDetails(page))
  const body = page.querySelector('article') ?? page.body
  const h1 = body.querySelector('h1')
  const title = page.title.trim() || h1?.textContent?.trim() || titleFromFileName(fileName)
  if (h1 && h1.textContent?.trim() === title) h1.remove()
  meta.title = title.slice(0, 1000)
  const used = new Map<string, File>()
  for (const img of Array.from(body.querySelectorAll('img[src]'))) {
    const src = img.getAttribute('src') ?? ''
    if (!/^(?:[a-z][a-z0-9+.-]*:|\/\/)/i.test(src))
      img.setAttribute('src', companions.refFor(src, used))
  }
  const images = await ImportImages.payload(used)
  const doc = await takeDataImages(docFromHtml(body.innerHTML), images)
  return { meta, doc, images }
}
