import type { Token } from 'markdown-it'
import type { DocNode } from '../../article/Article'
import { safeLinkHref } from '../safeUrl'
import { type MarkJson, imageNode, linkMark, sortMarks } from './docJson'
import { isAllowedParsedImageSrc } from './isAllowedParsedImageSrc'
import type { ImageSrcMapper } from './ParseOptions'
import { tokenAttr } from './tokenAttr'

/** Inline HTML read as formatting: exactly these bare tags, nothing with attributes. */
const HTML_MARK = /^<(\/?)(u|strong|b|em|i|s|del|strike|code)>$/i
const HTML_BREAK = /^<br\s*\/?>$/i
const TAG_MARK: Record<string, string> = {
  u: 'underline',
  strong: 'bold',
  b: 'bold',
  em: 'italic',
  i: 'italic',
  s: 'strike',
  del: 'strike',
  strike: 'strike',
  code: 'code',
}
const TOKEN_MARK: Record<string, string> = { strong: 'bold', em: 'italic', s: 'strike' }

/** An open mark; a refused link is kept as `null` so its close pairs up and its text stays plain. */
type OpenMark = { kind: string; mark: MarkJson | null }

class InlineBuilder {
  readonly nodes: DocNode[] = []
  private open: OpenMark[] = []

  text(text: string, extra?: MarkJson): void {
    if (text === '') return
    const marks = this.marks(extra)
    const last = this.nodes[this.nodes.length - 1]
    if (last?.type === 'text' && JSON.stringify(last.marks ?? []) === JSON.stringify(marks)) {
      last.text = (last.text ?? '') + text
      return
    }
    this.nodes.push(marks.length === 0 ? { type: 'text', text } : { type: 'text', text, marks })
  }

  push(kind: string, mark: MarkJson | null): void {
    this.open.push({ kind, mark })
  }

  pop(kind: string): void {
    const index = this.open.map((o) => o.kind).lastIndexOf(kind)
    if (index !== -1) this.open.splice(index, 1)
  }

  private marks(extra?: MarkJson): MarkJson[] {
    const marks: MarkJson[] = []
    for (const { mark } of [...this.open, { kind: 'extra', mark: extra ?? null }]) {
      if (mark && !marks.some((m) => m.type === mark.type)) marks.push(mark)
    }
    return sortMarks(marks)
  }
}

function imageFrom(token: Token, builder: InlineBuilder, imageSrc: ImageSrcMapper): void {
  const src = imageSrc(tokenAttr(token, 'src'))
  const alt = (token.children ?? []).map((c) => c.content).join('')
  if (!isAllowedParsedImageSrc(src)) {
    builder.text(alt)
    return
  }
  const title = tokenAttr(token, 'title') || null
  builder.nodes.push(imageNode({ src, alt, title, caption: '', width: null, height: null }))
}

function htmlFrom(html: string, builder: InlineBuilder): void {
  if (HTML_BREAK.test(html)) {
    builder.nodes.push({ type: 'hardBreak' })
    return
  }
  const match = HTML_MARK.exec(html)
  const mark = match ? TAG_MARK[(match[2] ?? '').toLowerCase()] : undefined
  if (!match || mark === undefined) builder.text(html)
  else if (match[1] === '/') builder.pop(`html:${mark}`)
  else builder.push(`html:${mark}`, { type: mark })
}

/**
 * markdown-it inline tokens as document inline nodes. Images come out as `image` nodes among
 * them (the caller lifts them out as blocks). Links and images with refused URLs become their
 * text; HTML other than simple formatting tags and `<br>` becomes text.
 */
export function inlineTokensToNodes(
  tokens: Token[],
  imageSrc: ImageSrcMapper = (src) => src,
): DocNode[] {
  const builder = new InlineBuilder()
  for (const token of tokens) {
    const name = token.type.replace(/_(open|close)$/, '')
    const mark = TOKEN_MARK[name]
    if (mark !== undefined) {
      if (token.nesting === 1) builder.push(mark, { type: mark })
      else builder.pop(mark)
      continue
    }
    switch (token.type) {
      case 'text':
        builder.text(token.content)
        break
      case 'softbreak':
        builder.text(' ')
        break
      case 'hardbreak':
        builder.nodes.push({ type: 'hardBreak' })
        break
      case 'code_inline':
        builder.text(token.content, { type: 'code' })
        break
      case 'link_open': {
        const href = safeLinkHref(tokenAttr(token, 'href'))
        builder.push(
          'link',
          href === null ? null : linkMark(href, tokenAttr(token, 'title') || null),
        )
        break
      }
      case 'link_close':
        builder.pop('link')
        break
      case 'image':
        imageFrom(token, builder, imageSrc)
        break
      case 'html_inline':
        htmlFrom(token.content, builder)
        break
      default:
        builder.text(token.content)
    }
  }
  return builder.nodes
}
