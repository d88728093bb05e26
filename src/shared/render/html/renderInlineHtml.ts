import type { DocNode } from '../../article/Article'
import { isLineBreak } from '../../editor/documentNodes'
import { escapeHtml } from '../escapeHtml'
import { type InlineMark, inlineMarks, sharedMarkCount } from '../inlineMarks'
import { textOf } from '../nodeAttrs'
import { plainText } from '../plainText'

/**
 * Inline content (text, hard breaks) as HTML. Marks shared by neighbouring text stay open, so
 * `**a *b***` becomes `<strong>a <em>b</em></strong>`, not two separate bold runs. Inline nodes
 * of unknown types show their text.
 */
export function renderInlineHtml(nodes: DocNode[]): string {
  let out = ''
  let open: InlineMark[] = []
  const closeTo = (keep: number): void => {
    for (let i = open.length - 1; i >= keep; i--) out += (open[i] as InlineMark).output.htmlClose
    open = open.slice(0, keep)
  }
  nodes.forEach((node, index) => {
    if (isLineBreak(node)) {
      // Marks the next text does not share end before the break, as in the Markdown.
      const next = nodes[index + 1]
      closeTo(sharedMarkCount(open, next ? inlineMarks(next) : []))
      out += '<br>'
      return
    }
    const marks = inlineMarks(node)
    const keep = sharedMarkCount(open, marks)
    closeTo(keep)
    for (let i = keep; i < marks.length; i++) {
      const mark = marks[i] as InlineMark
      out += mark.output.htmlOpen(mark.attrs)
    }
    open = marks
    const text = node.type === 'text' ? textOf(node) : plainText(node)
    out += escapeHtml(text)
  })
  closeTo(0)
  return out
}
